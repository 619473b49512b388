/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one reading of an election's claims and regions (EscFigures), without drawing:
 * which claims update a count and which disagree, which stand, how many offices each
 * party won, and the decimals and claimants the loader keeps for it. */
#include "config.h"

#include <string.h>

#include "esc-dataset.h"
#include "esc-figures.h"
#include "esc-region.h"

/* A dataset around one election, whose every source quotes the one paragraph. */
static EscDataset *
load_election (const char *claimants,
               const char *parties,
               const char *claims,
               const char *regions)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"escrutinio-dataset\", \"version\": 1, \"title\": \"Test\", %s"
    " \"articles\": [{\"id\": \"a\", \"title\": \"A\", \"language\": \"en\", \"paragraphs\": [\"The figures.\"]}],"
    " \"elections\": [{\"id\": \"e\", \"country\": \"PT\", \"kind\": \"parliamentary\", \"title\": \"E\","
    " \"parties\": [%s], \"claims\": [%s], \"regions\": [%s]}]}",
    claimants, parties, claims, regions);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_bytes (bytes, &problems, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

#define SOURCE "\"sources\": [{\"article\": \"a\", \"quote\": \"The figures.\"}]"
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
  g_autoptr(EscDataset) dataset = load_election (
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
  g_autoptr(EscDataset) dataset = load_election (
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
  g_autoptr(EscDataset) dataset = load_election (
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

#define REGION(name, outcome, extra) \
  "{\"name\": \"" name "\", \"outcome\": \"" outcome "\"" extra ", " SOURCE "}"

/* An election known only from its regions: each region won is an office won, by its
 * party or, where none is named, by its bloc; pending and disputed ones are counted
 * apart. */
static void
test_seats_from_regions (void)
{
  g_autoptr(EscDataset) dataset = load_election (
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
  g_autoptr(EscDataset) complete = load_election (
    "", PARTIES, claim_p_four,
    REGION ("A", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("B", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("C", "won", ", \"bloc\": \"government\", \"party\": \"p\"") ","
    REGION ("D", "won", ", \"bloc\": \"opposition\", \"party\": \"q\"") ","
    REGION ("E", "won", ", \"bloc\": \"opposition\", \"party\": \"q\""));
  g_autoptr(EscDataset) partial = load_election (
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
  g_test_add_func ("/model/figures/compatible-claims-agree", test_compatible_claims_agree);
  g_test_add_func ("/model/figures/seats-from-regions", test_seats_from_regions);
  g_test_add_func ("/model/figures/regions-against-claims", test_regions_against_claims);

  return g_test_run ();
}
