/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one reading of an election's claims and regions (EscFigures), without drawing:
 * which claims update a count and which disagree, which stand, how many offices each
 * party won, and the decimals and claimants the loader keeps for it. */
#include "config.h"

#include <string.h>

#include "esc-dataset.h"
#include "esc-figures.h"
#include "esc-region.h"
#include "esc-test-charts.h"

#define SOURCE ESC_TEST_SOURCE
#define PARTIES "{\"id\": \"p\", \"name\": \"P\", \"bloc\": \"government\"}, " \
                "{\"id\": \"q\", \"name\": \"Q\", \"bloc\": \"opposition\"}"

static EscFigures *
figures_of (EscDataset *dataset)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), 0);

  /* The dataset keeps the election, and the election its figures. */
  return esc_election_get_figures (election);
}

static EscClaim *
claim_by_id (EscFigure  *figure,
             const char *id)
{
  GPtrArray *claims = esc_figure_get_claims (figure);

  for (guint i = 0; i < claims->len; i++)
    if (g_str_equal (esc_claim_get_id (g_ptr_array_index (claims, i)), id))
      return g_ptr_array_index (claims, i);
  g_error ("no claim %s", id);
}

/* A ministry's provisional count and a commission's final one are one count that
 * changed; an opposition's figure against them is a disagreement. */
static void
test_update_is_not_disagreement (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    "{\"id\": \"early\", \"measure\": \"vote_share\", \"subject\": \"p\", \"value\": 27.8, \"unit\": \"percent\","
    " \"claimed_by\": {\"kind\": \"government\", \"name\": \"Ministry\"}, \"status\": \"preliminary\", " SOURCE "},"
    "{\"id\": \"final\", \"measure\": \"vote_share\", \"subject\": \"p\", \"value\": 28.0, \"unit\": \"percent\","
    " \"claimed_by\": {\"kind\": \"electoral_authority\", \"name\": \"Commission\"}, \"status\": \"official\", " SOURCE "},"
    "{\"id\": \"rival\", \"measure\": \"vote_share\", \"subject\": \"q\", \"value\": 40, \"unit\": \"percent\","
    " \"claimed_by\": {\"kind\": \"opposition\"}, \"status\": \"claimed\", " SOURCE "},"
    "{\"id\": \"official-q\", \"measure\": \"vote_share\", \"subject\": \"q\", \"value\": 30, \"unit\": \"percent\","
    " \"claimed_by\": {\"kind\": \"electoral_authority\", \"name\": \"Commission\"}, \"status\": \"official\", " SOURCE "}",
    "");
  EscFigures *figures = figures_of (dataset);
  GPtrArray *all = esc_figures_get_all (figures);
  EscFigure *p = g_ptr_array_index (all, 0), *q = g_ptr_array_index (all, 1);
  GPtrArray *sequence;

  g_assert_cmpuint (all->len, ==, 2);
  g_assert_false (esc_figure_is_disputed (p));
  g_assert_cmpuint (esc_figure_get_current (p)->len, ==, 1);
  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (esc_figure_get_current (p), 0)), ==, "final");
  g_assert_cmpuint (esc_figure_get_updates (p)->len, ==, 1);
  sequence = g_ptr_array_index (esc_figure_get_updates (p), 0);
  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (sequence, 0)), ==, "early");
  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (sequence, 1)), ==, "final");

  g_assert_true (esc_figure_is_disputed (q));
  g_assert_cmpuint (esc_figure_get_current (q)->len, ==, 2);
  g_assert_cmpuint (esc_figure_get_updates (q)->len, ==, 0);
  /* The decimals the source printed survive json-glib. */
  g_assert_cmpuint (esc_claim_get_decimals (claim_by_id (p, "final")), ==, 1);
  g_assert_cmpuint (esc_claim_get_decimals (claim_by_id (q, "rival")), ==, 0);
}

/* Bulletins of one authority follow their dates, then how much they counted: the
 * latest stands, whatever the order in the file. */
static void
test_bulletins_in_order (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "\"claimants\": [{\"id\": \"cne\", \"kind\": \"electoral_authority\", \"name\": \"CNE\"}],", PARTIES,
    "{\"id\": \"second\", \"measure\": \"vote_share\", \"subject\": \"p\", \"value\": 51.95, \"unit\": \"percent\","
    " \"claimed_by\": \"cne\", \"status\": \"preliminary\", \"published\": \"2024-08-02\", \"counted\": 96.87, " SOURCE "},"
    "{\"id\": \"first\", \"measure\": \"vote_share\", \"subject\": \"p\", \"value\": 51.20, \"unit\": \"percent\","
    " \"claimed_by\": \"cne\", \"status\": \"preliminary\", \"published\": \"2024-07-29T00:10-04:00\", \"counted\": 80, " SOURCE "}",
    "");
  EscFigure *p = g_ptr_array_index (esc_figures_get_all (figures_of (dataset)), 0);
  GPtrArray *sequence = g_ptr_array_index (esc_figure_get_updates (p), 0);
  EscClaim *first = claim_by_id (p, "first");
  double counted;
  guint decimals;

  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (sequence, 0)), ==, "first");
  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (esc_figure_get_current (p), 0)), ==, "second");
  g_assert_cmpuint (esc_claim_get_decimals (first), ==, 2);   /* 51.20 */
  g_assert_true (esc_claim_get_counted (claim_by_id (p, "second"), &counted, &decimals));
  g_assert_cmpfloat (counted, ==, 96.87);
  g_assert_cmpuint (decimals, ==, 2);
  g_assert_cmpstr (esc_claim_get_published (first), ==, "2024-07-29T00:10-04:00");
  /* One declared claimant is one object, on every claim that refers to it. */
  g_assert_true (esc_claim_get_claimant (first) == esc_claim_get_claimant (claim_by_id (p, "second")));
}

/* Figures that can both be true do not disagree: "at least 18" and "18", "more than
 * 50" and "51". Figures that cannot, do, whoever states them. */
static void
test_compatible_claims_agree (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    "{\"id\": \"bound\", \"measure\": \"offices_won\", \"subject\": \"p\", \"value\": 18, \"qualifier\": \"at_least\","
    " \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\", \"name\": \"A\"}, \"status\": \"reported\", " SOURCE "},"
    "{\"id\": \"exact\", \"measure\": \"offices_won\", \"subject\": \"p\", \"value\": 18,"
    " \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\", \"name\": \"B\"}, \"status\": \"reported\", " SOURCE "},"
    "{\"id\": \"more\", \"measure\": \"offices_won\", \"subject\": \"q\", \"value\": 5, \"qualifier\": \"more_than\","
    " \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\", \"name\": \"A\"}, \"status\": \"reported\", " SOURCE "},"
    "{\"id\": \"five\", \"measure\": \"offices_won\", \"subject\": \"q\", \"value\": 5,"
    " \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\", \"name\": \"B\"}, \"status\": \"reported\", " SOURCE "}",
    "");
  GPtrArray *all = esc_figures_get_all (figures_of (dataset));

  g_assert_false (esc_figure_is_disputed (g_ptr_array_index (all, 0)));
  /* "More than 5" excludes 5 itself. */
  g_assert_true (esc_figure_is_disputed (g_ptr_array_index (all, 1)));
}

#define SHARE(id, value, claimant, status, extra) \
  "{\"id\": \"" id "\", \"measure\": \"vote_share\", \"subject\": \"p\", \"value\": " value ", \"unit\": \"percent\"," \
  " \"claimed_by\": " claimant ", \"status\": \"" status "\"" extra ", " SOURCE "}"
#define AUTHORITY "{\"kind\": \"electoral_authority\", \"name\": \"Commission\"}"

/* Every claim of a figure stands or is part of a count that changed, whatever the
 * claims leave out; and one claimant's counts are never a disagreement with itself. */
static void
assert_each_claim_placed (EscFigure *figure)
{
  GPtrArray *claims = esc_figure_get_claims (figure), *updates = esc_figure_get_updates (figure);

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);
      gboolean placed = esc_figure_is_current (figure, claim);

      for (guint u = 0; u < updates->len; u++)
        placed |= g_ptr_array_find (g_ptr_array_index (updates, u), claim, NULL);
      g_assert_true (placed);
    }
}

/* Bulletins where only some say when they were published or how much they counted: a
 * key is used only where every bulletin of a status has it, so the order is one order
 * and the latest is one claim. */
static void
test_bulletins_missing_keys (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    SHARE ("a", "40", AUTHORITY, "preliminary", ", \"published\": \"2024-07-29T10:00Z\"") ","
    SHARE ("b", "41", AUTHORITY, "preliminary", ", \"counted\": 90") ","
    SHARE ("c", "42", AUTHORITY, "preliminary", ", \"published\": \"2024-07-29T08:00Z\", \"counted\": 50") ","
    SHARE ("d", "43", AUTHORITY, "official", ""),
    "");
  EscFigure *p = g_ptr_array_index (esc_figures_get_all (figures_of (dataset)), 0);
  GPtrArray *sequence;

  g_assert_cmpuint (esc_figure_get_current (p)->len, ==, 1);
  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (esc_figure_get_current (p), 0)), ==, "d");
  g_assert_false (esc_figure_is_disputed (p));
  g_assert_cmpuint (esc_figure_get_updates (p)->len, ==, 1);
  sequence = g_ptr_array_index (esc_figure_get_updates (p), 0);
  g_assert_cmpuint (sequence->len, ==, 4);
  /* Neither dates nor shares counted are known for all three preliminary bulletins:
   * they keep the file's order. */
  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (sequence, 0)), ==, "a");
  g_assert_cmpstr (esc_claim_get_id (g_ptr_array_index (sequence, 2)), ==, "c");
  assert_each_claim_placed (p);
}

/* Two bulletins that nothing tells apart both stand, and if they differ, that is a
 * disagreement; a third, earlier by status, is their count's start. */
static void
test_bulletins_tied (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    SHARE ("x", "50", AUTHORITY, "official", "") ","
    SHARE ("early", "45", AUTHORITY, "preliminary", "") ","
    SHARE ("y", "51", AUTHORITY, "official", ""),
    "");
  EscFigure *p = g_ptr_array_index (esc_figures_get_all (figures_of (dataset)), 0);

  g_assert_cmpuint (esc_figure_get_current (p)->len, ==, 2);
  g_assert_true (esc_figure_is_disputed (p));
  g_assert_cmpuint (esc_figure_get_updates (p)->len, ==, 1);
  assert_each_claim_placed (p);
}

#define SEATS(id, subject, value, extra) \
  "{\"id\": \"" id "\", \"measure\": \"offices_won\", \"subject\": \"" subject "\", \"value\": " value extra "," \
  " \"claimed_by\": {\"kind\": \"outlet\", \"name\": \"" id "\"}, \"status\": \"reported\", " SOURCE "}"

static EscSeatHolder *
holder_of (EscFigures *figures,
           const char *party)
{
  GPtrArray *holders = esc_figures_get_seat_holders (figures);

  for (guint i = 0; i < holders->len; i++)
    {
      EscParty *holder_party = esc_seat_holder_get_party (g_ptr_array_index (holders, i));

      if (holder_party != NULL && g_str_equal (esc_party_get_id (holder_party), party))
        return g_ptr_array_index (holders, i);
    }
  g_error ("no holder for %s", party);
}

/* Seats read the claims' qualifiers: "at least 18" and "20" agree on 20, "more than 4"
 * alone is 5; a share of the seats is not a count of them, and a party's counts in
 * several wordings are read together. */
static void
test_seats_read_qualifiers (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    SEATS ("bound", "p", "18", ", \"unit\": \"count\", \"qualifier\": \"at_least\"") ","
    SEATS ("exact", "p", "20", ", \"unit\": \"count\"") ","
    SEATS ("share", "p", "87", ", \"unit\": \"percent\"") ","
    SEATS ("more", "q", "4", ", \"unit\": \"count\", \"qualifier\": \"more_than\"") ","
    SEATS ("worded", "q", "7", ", \"unit\": \"count\", \"label\": {\"en\": \"governorships\"}") ","
    "{\"id\": \"total\", \"measure\": \"offices_contested\", \"value\": 23, \"unit\": \"count\","
    " \"claimed_by\": {\"kind\": \"outlet\"}, \"status\": \"reported\", " SOURCE "}",
    "");
  EscFigures *figures = figures_of (dataset);
  EscSeatHolder *p = holder_of (figures, "p"), *q = holder_of (figures, "q");

  g_assert_cmpuint (esc_figures_get_seat_holders (figures)->len, ==, 2);
  g_assert_cmpfloat (esc_figures_get_total_seats (figures), ==, 23);
  g_assert_cmpfloat (esc_seat_holder_get_low (p), ==, 20);
  g_assert_cmpfloat (esc_seat_holder_get_high (p), ==, 20);
  g_assert_false (esc_seat_holder_is_disputed (p));
  g_assert_cmpuint (esc_seat_holder_get_claims (p)->len, ==, 2);
  /* "More than 4" and "7" agree; both are q's. */
  g_assert_cmpuint (esc_seat_holder_get_claims (q)->len, ==, 2);
  g_assert_cmpfloat (esc_seat_holder_get_low (q), ==, 7);
  g_assert_false (esc_seat_holder_is_disputed (q));
  g_assert_cmpint (esc_seat_holder_get_qualifier (q), ==, ESC_QUALIFIER_EXACT);
}

/* A floor alone stays a floor: "more than 17" is at least 18 seats, not 18. */
static void
test_seats_floor (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES, SEATS ("more", "p", "17", ", \"unit\": \"count\", \"qualifier\": \"more_than\""), "");
  EscSeatHolder *p = holder_of (figures_of (dataset), "p");

  g_assert_cmpfloat (esc_seat_holder_get_low (p), ==, 18);
  g_assert_cmpfloat (esc_seat_holder_get_high (p), ==, 18);
  g_assert_cmpint (esc_seat_holder_get_qualifier (p), ==, ESC_QUALIFIER_AT_LEAST);
  g_assert_false (esc_seat_holder_is_disputed (p));
}

#define REGION(name, outcome, extra) \
  "{\"name\": \"" name "\", \"outcome\": \"" outcome "\"" extra ", " SOURCE "}"

/* An election known only from its regions: each region won is an office won, by its
 * party or, where none is named, by its bloc; pending and disputed ones are counted
 * apart. */
static void
test_seats_from_regions (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES, "",
    REGION ("North", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("South", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("East", "won", ", \"bloc\": \"opposition\", \"party\": \"q\"") ","
    REGION ("West", "won", ", \"bloc\": \"opposition\"") ","
    REGION ("Isles", "pending", "") ","
    REGION ("Coast", "disputed", ""));
  EscFigures *figures = figures_of (dataset);
  GPtrArray *holders = esc_figures_get_seat_holders (figures);
  EscSeatHolder *bloc_only;

  g_assert_cmpfloat (esc_figures_get_total_seats (figures), ==, 6);
  g_assert_true (esc_figures_regions_complete (figures));
  g_assert_cmpuint (esc_figures_get_unsettled_regions (figures)->len, ==, 2);
  /* Government first; the opposition's party, then what its bloc won in regions
   * that name no party. */
  g_assert_cmpuint (holders->len, ==, 3);
  g_assert_cmpstr (esc_party_get_id (esc_seat_holder_get_party (g_ptr_array_index (holders, 0))), ==, "p");
  g_assert_cmpfloat (esc_seat_holder_get_low (g_ptr_array_index (holders, 0)), ==, 2);
  g_assert_cmpstr (esc_party_get_id (esc_seat_holder_get_party (g_ptr_array_index (holders, 1))), ==, "q");
  bloc_only = g_ptr_array_index (holders, 2);
  g_assert_null (esc_seat_holder_get_party (bloc_only));
  g_assert_cmpint (esc_seat_holder_get_bloc (bloc_only), ==, ESC_BLOC_OPPOSITION);
  g_assert_cmpstr (esc_region_get_name (g_ptr_array_index (esc_seat_holder_get_regions (bloc_only), 0)), ==, "West");
  for (guint i = 0; i < holders->len; i++)
    g_assert_false (esc_seat_holder_is_disputed (g_ptr_array_index (holders, i)));
}

/* Where every office is a listed region, a claim that counts otherwise disagrees with
 * the regions; where only some regions are listed, their count is a floor that a
 * larger claim does not contradict. */
static void
test_regions_against_claims (void)
{
  const char *claim_p_four =
    "{\"id\": \"four\", \"measure\": \"offices_won\", \"subject\": \"p\", \"value\": 4,"
    " \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\"}, \"status\": \"reported\", " SOURCE "}";
  g_autoptr(EscDataset) complete = esc_test_load_election (
    "", PARTIES, claim_p_four,
    REGION ("A", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("B", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("C", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("D", "won", ", \"bloc\": \"opposition\", \"party\": \"q\"") ","
    REGION ("E", "won", ", \"bloc\": \"opposition\", \"party\": \"q\""));
  g_autoptr(EscDataset) partial = esc_test_load_election (
    "", PARTIES,
    "{\"id\": \"total\", \"measure\": \"offices_contested\", \"value\": 23,"
    " \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\"}, \"status\": \"reported\", " SOURCE "},"
    "{\"id\": \"many\", \"measure\": \"offices_won\", \"subject\": \"p\", \"value\": 18,"
    " \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\"}, \"status\": \"reported\", " SOURCE "}",
    REGION ("A", "won", ", \"bloc\": \"government\", \"party\": \"p\""));
  EscSeatHolder *p = g_ptr_array_index (esc_figures_get_seat_holders (figures_of (complete)), 0);
  EscSeatHolder *p_partial = g_ptr_array_index (esc_figures_get_seat_holders (figures_of (partial)), 0);

  g_assert_cmpfloat (esc_seat_holder_get_low (p), ==, 3);
  g_assert_cmpfloat (esc_seat_holder_get_high (p), ==, 4);
  g_assert_true (esc_seat_holder_is_disputed (p));
  g_assert_true (esc_seat_holder_regions_differ (p));

  g_assert_false (esc_figures_regions_complete (figures_of (partial)));
  g_assert_cmpfloat (esc_figures_get_total_seats (figures_of (partial)), ==, 23);
  g_assert_cmpfloat (esc_seat_holder_get_low (p_partial), ==, 18);
  g_assert_cmpfloat (esc_seat_holder_get_high (p_partial), ==, 18);
  g_assert_false (esc_seat_holder_is_disputed (p_partial));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/figures/update-is-not-disagreement", test_update_is_not_disagreement);
  g_test_add_func ("/model/figures/bulletins-in-order", test_bulletins_in_order);
  g_test_add_func ("/model/figures/bulletins-missing-keys", test_bulletins_missing_keys);
  g_test_add_func ("/model/figures/bulletins-tied", test_bulletins_tied);
  g_test_add_func ("/model/figures/compatible-claims-agree", test_compatible_claims_agree);
  g_test_add_func ("/model/figures/seats-read-qualifiers", test_seats_read_qualifiers);
  g_test_add_func ("/model/figures/seats-floor", test_seats_floor);
  g_test_add_func ("/model/figures/seats-from-regions", test_seats_from_regions);
  g_test_add_func ("/model/figures/regions-against-claims", test_regions_against_claims);

  return g_test_run ();
}
