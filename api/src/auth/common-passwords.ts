// Passwords seen most often in breach corpora (8 characters or longer: shorter
// ones are refused anyway), plus this service's own name. OWASP ASVS asks us to
// refuse these outright, since attackers try them first against every account.
const list = `
password 12345678 123456789 1234567890 12345678910 qwertyuiop password1 password12 password123 password2
password11 passwords 1password iloveyou iloveyou1 iloveyou2 11111111 1111111111 11111111111 00000000
22222222 33333333 44444444 55555555 66666666 77777777 88888888 99999999 999999999 123123123 12341234
87654321 987654321 9876543210 0987654321 11223344 12121212 123456123 147258369 159753456 123654789
741852963 789456123 456789123 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 1234qwer qwerty12
qwerty123 qwerty1234 qwertyui qwertyu1 azertyuiop 1qaz2wsx zaq12wsx 1qazxsw2 !qaz2wsx qazwsxedc qazxswedc
asdfghjk asdfghjkl asdf1234 asdfasdf zxcvbnm1 zxcvbnm123 abc12345 abcd1234 abcdefgh abcdefg1 abcdefghi
123abc123 abc123abc 123qweasd qwe123qwe 123qwe123 123456789a a123456789 passw0rd p@ssw0rd p@ssword
password! passpass changeme secret123 administrator admin123 adminadmin letmein1 letmein123 master123
hello123 hellohello welcome1 welcome123 welcome2024 welcome2025 welcome2026 trustno1 sunshine sunshine1
princess princess1 football football1 football123 baseball basketball superman superman1 batman123
spiderman starwars whatever michelle jennifer elizabeth alexander christian nicole123 jessica1 ashley123
michael1 michael123 daniel123 charlie1 jordan23 liverpool liverpool1 chelsea1 arsenal1 manchester
monkey12 monkey123 dragon12 dragon123 shadow123 computer internet samsung1 loveyou1 lovely123 babygirl1
butterfly chocolate cookie123 blink182 slipknot pokemon1 minecraft fuckyou1 fuckoff1 summer123 summer2024
summer2025 summer2026 winter2025 winter2026 autumn2025 spring2025 spring2026 password2024 password2025
password2026 kinship1 kinship123 kinship2026
`;

const commonPasswords = new Set(list.split(/\s+/).filter(Boolean));

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.trim().toLowerCase());
}
