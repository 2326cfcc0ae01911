// Where the demo directory's gatherings happen: plausible halls, cafés and meeting
// points on real streets in Bury and the towns around it, each with a postcode in
// the right outward code and a position close to the real spot, so the finder's
// distances and the map look as they would for a real town.
import type { AccessibilityFeature } from "../schema";

export interface DemoVenue {
  venueName: string;
  address: string;
  town: string;
  postcode: string;
  latitude: number;
  longitude: number;
  accessibility: AccessibilityFeature[];
  accessibilityNotes: string | null;
}

const at = (
  venueName: string,
  address: string,
  town: string,
  postcode: string,
  latitude: number,
  longitude: number,
) => ({
  venueName,
  address,
  town,
  postcode,
  latitude,
  longitude,
});

export const demoVenues = {
  // Bury
  irwellHouse: {
    ...at("Irwell House", "14 Knowsley Street", "Bury", "BL9 0ST", 53.5943, -2.2996),
    accessibility: ["step_free", "accessible_toilet", "hearing_loop", "near_public_transport"],
    accessibilityNotes:
      "Level entrance from Knowsley Street. Groups meet in the ground-floor training room; the hearing loop covers the front rows.",
  },
  parishHall: {
    ...at("Bury Parish Church Hall", "The Rock", "Bury", "BL9 0JP", 53.5929, -2.2947),
    accessibility: ["accessible_toilet", "near_public_transport"],
    accessibilityNotes:
      "Three steps up to the front door. The side door is level: ring the bell and someone will come and let you in.",
  },
  mossStreet: {
    ...at("Moss Street Community Rooms", "Moss Street", "Bury", "BL9 0DR", 53.5908, -2.2983),
    accessibility: ["step_free", "accessible_toilet", "baby_changing", "near_public_transport"],
    accessibilityNotes: "Five minutes' walk from Bury Interchange. Everything is on the ground floor.",
  },
  bellLane: {
    ...at("St Paul's Hall", "Bell Lane", "Bury", "BL9 6AR", 53.5912, -2.2852),
    accessibility: ["step_free", "accessible_toilet", "parking", "quiet_space"],
    accessibilityNotes: "Free car park behind the hall. There is a quiet room next door if it all gets a bit much.",
  },
  fusilierMuseum: {
    ...at("Outside the Fusilier Museum", "Moss Street", "Bury", "BL9 0DF", 53.5914, -2.2978),
    accessibility: ["near_public_transport"],
    accessibilityNotes: "We meet on the pavement by the museum steps, a short walk from Bury Interchange.",
  },
  burrsPark: {
    ...at("Burrs Country Park (main car park)", "Woodhill Road", "Bury", "BL8 1DA", 53.6064, -2.3071),
    accessibility: ["parking", "accessible_toilet"],
    accessibilityNotes:
      "Flat riverside paths, fine for wheelchairs and pushchairs in dry weather. Toilets by the activity centre.",
  },
  // Ramsbottom
  civicHall: {
    ...at("Ramsbottom Civic Hall (Garden Room)", "Market Place", "Ramsbottom", "BL0 9HT", 53.6474, -2.3163),
    accessibility: ["step_free", "accessible_toilet", "hearing_loop"],
    accessibilityNotes: null,
  },
  ramsbottomStation: {
    ...at("Ramsbottom station (East Lancashire Railway)", "Bridge Street", "Ramsbottom", "BL0 9AE", 53.6478, -2.3146),
    accessibility: ["parking", "near_public_transport"],
    accessibilityNotes: "Meet by the level crossing. The X41 and 472 buses stop on Bridge Street.",
  },
  // Radcliffe
  radcliffeMarket: {
    ...at("Radcliffe Market Hall (upstairs room)", "Blackburn Street", "Radcliffe", "M26 1PN", 53.5614, -2.3243),
    accessibility: ["step_free", "accessible_toilet", "near_public_transport"],
    accessibilityNotes: "There is a lift to the upstairs room from the Blackburn Street entrance.",
  },
  coronationRoad: {
    ...at("Coronation Road Community Centre", "Coronation Road", "Radcliffe", "M26 3RD", 53.5585, -2.3345),
    accessibility: ["step_free", "parking"],
    accessibilityNotes: null,
  },
  // Prestwich
  stMarysPrestwich: {
    ...at("St Mary's Church Hall", "Church Lane", "Prestwich", "M25 1AN", 53.5362, -2.2818),
    accessibility: ["step_free", "accessible_toilet", "parking"],
    accessibilityNotes: null,
  },
  longfieldCentre: {
    ...at("Longfield Centre community room", "Longfield Centre", "Prestwich", "M25 1AY", 53.533, -2.2858),
    accessibility: ["step_free", "accessible_toilet", "near_public_transport"],
    accessibilityNotes: "Prestwich Metrolink stop is a few minutes' walk away.",
  },
  heatonPark: {
    ...at("Heaton Park (St Margaret's Road gate)", "St Margaret's Road", "Prestwich", "M25 2GT", 53.531, -2.27),
    accessibility: ["near_public_transport"],
    accessibilityNotes:
      "Meet just inside the gate. Some of the paths are steep; we go at the pace of the slowest walker.",
  },
  // Whitefield
  whitefieldHub: {
    ...at("Whitefield Community Hub", "Bury New Road", "Whitefield", "M45 7TA", 53.5524, -2.2968),
    accessibility: ["step_free", "accessible_toilet", "hearing_loop", "near_public_transport"],
    accessibilityNotes: null,
  },
  allSaintsWhitefield: {
    ...at("All Saints' Church Hall", "Church Lane", "Whitefield", "M45 7NF", 53.556, -2.306),
    accessibility: ["accessible_toilet", "parking"],
    accessibilityNotes: "Two steps at the main door; there is a ramp at the back door by the car park.",
  },
  // Bolton
  boltonFriends: {
    ...at("Friends Meeting House", "Silverwell Street", "Bolton", "BL1 1PP", 53.5786, -2.4268),
    accessibility: ["step_free", "hearing_loop", "near_public_transport"],
    accessibilityNotes: null,
  },
  bridgeStreet: {
    ...at("Bridge Street Methodist Church (side hall)", "Bridge Street", "Bolton", "BL1 2EH", 53.5803, -2.4305),
    accessibility: ["step_free", "accessible_toilet"],
    accessibilityNotes: null,
  },
  deaneRoad: {
    ...at("Bolton Wellbeing Hub", "Deane Road", "Bolton", "BL3 5AG", 53.5745, -2.44),
    accessibility: ["step_free", "accessible_toilet", "parking", "baby_changing"],
    accessibilityNotes: null,
  },
  // Rochdale
  champnessHall: {
    ...at("Champness Hall (Room 2)", "Drake Street", "Rochdale", "OL16 1PB", 53.6143, -2.1563),
    accessibility: ["step_free", "accessible_toilet", "hearing_loop", "near_public_transport"],
    accessibilityNotes: null,
  },
  rochdaleHub: {
    ...at("Rochdale Recovery Hub", "Baillie Street", "Rochdale", "OL16 1JA", 53.618, -2.158),
    accessibility: ["step_free", "accessible_toilet", "quiet_space"],
    accessibilityNotes: null,
  },
  stChads: {
    ...at("St Chad's Church rooms", "Sparrow Hill", "Rochdale", "OL16 1QT", 53.6153, -2.1585),
    accessibility: [],
    accessibilityNotes:
      "Up a steep hill from the town centre, and there is no step-free way into the rooms yet, sorry. Ring us and we will help you find another meeting.",
  },
  // Manchester city centre
  mountStreet: {
    ...at("Friends Meeting House", "6 Mount Street", "Manchester", "M2 5NS", 53.4783, -2.2453),
    accessibility: ["step_free", "accessible_toilet", "hearing_loop", "near_public_transport"],
    accessibilityNotes: "Two minutes from St Peter's Square Metrolink stop.",
  },
  centralHall: {
    ...at("Methodist Central Hall", "Oldham Street", "Manchester", "M1 1JQ", 53.4834, -2.2343),
    accessibility: ["step_free", "accessible_toilet"],
    accessibilityNotes: null,
  },
  newtonStreet: {
    ...at("The Recovery Hub", "Newton Street", "Manchester", "M1 1HW", 53.4827, -2.2326),
    accessibility: ["step_free", "accessible_toilet", "quiet_space"],
    accessibilityNotes: null,
  },
  ancoats: {
    ...at("Ancoats Community Room", "Blossom Street", "Manchester", "M4 6BF", 53.4846, -2.2279),
    accessibility: ["step_free", "accessible_toilet"],
    accessibilityNotes: null,
  },
  piccadillyGardens: {
    ...at("Piccadilly Gardens (by the fountains)", "Piccadilly", "Manchester", "M1 1RG", 53.4809, -2.2367),
    accessibility: ["near_public_transport"],
    accessibilityNotes: null,
  },
  centralLibrary: {
    ...at("Central Library (meeting room 3)", "St Peter's Square", "Manchester", "M2 5PD", 53.4781, -2.2445),
    accessibility: ["step_free", "accessible_toilet", "hearing_loop", "baby_changing", "near_public_transport"],
    accessibilityNotes: null,
  },
  // Salford
  sacredTrinity: {
    ...at("Sacred Trinity Church", "Chapel Street", "Salford", "M3 5DW", 53.4838, -2.2493),
    accessibility: ["step_free", "near_public_transport"],
    accessibilityNotes: "Salford Central station is across the road.",
  },
  salfordCafe: {
    ...at("Salford Recovery Café", "Chapel Street", "Salford", "M3 6AF", 53.4852, -2.262),
    accessibility: ["step_free", "accessible_toilet"],
    accessibilityNotes: null,
  },
  peelPark: {
    ...at("Peel Park (gates by the museum)", "The Crescent", "Salford", "M5 4WU", 53.4866, -2.2704),
    accessibility: ["near_public_transport"],
    accessibilityNotes: "Salford Crescent station is a five-minute walk.",
  },
  // Rawtenstall, over the border in Lancashire
  whitakerPark: {
    ...at("Whitaker Park (museum car park)", "Haslingden Road", "Rawtenstall", "BB4 6RE", 53.7011, -2.301),
    accessibility: ["parking", "accessible_toilet"],
    accessibilityNotes: null,
  },
} satisfies Record<string, DemoVenue>;

export type DemoVenueKey = keyof typeof demoVenues;
