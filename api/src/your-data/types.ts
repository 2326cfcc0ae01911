// GraphQL for a person's own data: erasing the account. (The download is a plain
// GET at /api/my-data, see app.ts, so a browser can save it as a file.)
import { z } from "zod";
import { builder } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";
import { eraseMyAccount } from "./erase-my-account";

builder.mutationFields((t) => ({
  eraseMyAccount: t.boolean({
    description: "Deletes your account and everything held about you, after checking your password. Cannot be undone.",
    authScopes: { signedIn: true },
    args: { password: t.arg.string({ required: true, validate: z.string().min(1, "Enter your password.").max(1024) }) },
    resolve: async (_root, { password }, ctx) => {
      await eraseMyAccount({ ctx, viewer: requireViewer(ctx), password });
      return true;
    },
  }),
}));
