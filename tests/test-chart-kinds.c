/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What each election's charts hold, for elections of every shape the fixtures have:
 * every claim in exactly one card, every seated party named, seats from regions, a
 * count that changed apart from sources that disagree, referendums against 50 %, and
 * figures with the decimals their source printed. No drawing here. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "esc-chart.h"
#include "esc-chart-text.h"
#include "esc-dataset.h"
#include "esc-figures.h"
#include "esc-party-colors.h"
#include "esc-region.h"
#include "esc-test-charts.h"

static const char *fixtures[] = {
  "data/venezuela-elections.json",
  "tests/fixtures/parliament-count-changes.json",
  "tests/fixtures/referendum.json",
  "tests/fixtures/regions-only.json",
  "tests/fixtures/regions-disagree.json",
  "tests/fixtures/regions-bloc-only.json",
  "tests/fixtures/synthetic-parliament.json",
  "tests/fixtures/odd-units.json",
  "tests/fixtures/huge-values.json",
  "tests/fixtures/seats-out-of-range.json",
  "tests/fixtures/repeat-reactions.json",
  "tests/fixtures/mexico-governors-2021.json",
  "tests/fixtures/venezuela-24-entities.json",
  "tests/fixtures/regions-spellings.json",
  "tests/fixtures/regions-unmatched.json",
};

static guint
count_kind (GPtrArray    *charts,
            EscChartKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < charts->len; i++)
    n += esc_chart_get_kind (g_ptr_array_index (charts, i)) == kind;
  return n;
}

/* Every claim of @election is drawn by exactly one of @charts, and every claim a mark
 * quotes is one of the election's. */
static void
assert_each_claim_drawn_once (const char  *name,
                              EscElection *election,
                              GPtrArray   *charts)
{
  GPtrArray *claims = esc_election_get_claims (election);

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);
      guint drawn = 0;

      for (guint c = 0; c < charts->len; c++)
        drawn += g_ptr_array_find (esc_chart_get_claims (g_ptr_array_index (charts, c)), claim, NULL);
      if (drawn != 1)
        g_error ("%s: claim %s is drawn by %u charts", name, esc_claim_get_id (claim), drawn);
    }
  for (guint c = 0; c < charts->len; c++)
    for (guint m = 0; m < esc_chart_get_n_marks (g_ptr_array_index (charts, c)); m++)
      {
        const EscChartMark *mark = esc_chart_get_mark (g_ptr_array_index (charts, c), m);

        for (guint i = 0; i < mark->claims->len; i++)
          g_assert_true (g_ptr_array_find (claims, g_ptr_array_index (mark->claims, i), NULL));
      }
}

/* Every claim of every election of every fixture is drawn by exactly one card. */
static void
test_each_claim_in_one_card (void)
{
  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(EscDataset) dataset = esc_test_load (fixtures[f]);
      GListModel *elections = esc_dataset_get_elections (dataset);

      for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
        {
          EscElection *election = esc_test_election (dataset, e);
          g_autoptr(GPtrArray) charts = esc_charts_for_election (election);

          assert_each_claim_drawn_once (fixtures[f], election, charts);
        }
    }
}

/* Eight parties, all named in the reading with their seats, largest first; a legend
 * entry each; the hemicycle by bloc, then in the dataset's order. */
static void
test_every_party_named (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/parliament-count-changes.json");
  EscElection *election = esc_test_election (dataset, 0);
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
  EscChart *seats = esc_test_find_chart (charts, "seats");
  GPtrArray *parties = esc_election_get_parties (election);
  const char *reading = esc_chart_get_reading (seats);
  const char *previous = reading;
  int last_bloc_rank = -1;
  guint last_party = 0;

  g_assert_cmpuint (esc_chart_get_total_seats (seats), ==, 230);
  g_assert_cmpuint (esc_chart_get_n_legend_entries (seats), ==, parties->len);
  /* "AD 78, PSN 74, LR 44, …": each party with the final count, in that order. */
  g_assert_true (g_str_has_prefix (reading, "Out of 230: AD 78, PSN 74, LR 44, VF 14, MC 10, CVE 6,"));
  for (guint p = 0; p < parties->len; p++)
    {
      const char *name = esc_party_get_short_name (g_ptr_array_index (parties, p));

      g_assert_nonnull (strstr (reading, name));
    }
  g_assert_nonnull (previous);

  for (guint m = 0; m < esc_chart_get_n_marks (seats); m++)
    {
      static const int rank[] = { [ESC_BLOC_GOVERNMENT] = 0, [ESC_BLOC_OTHER] = 1, [ESC_BLOC_OPPOSITION] = 2 };
      const EscChartMark *mark = esc_chart_get_mark (seats, m);
      guint index;

      g_assert_nonnull (mark->party);
      g_assert_true (g_ptr_array_find (parties, mark->party, &index));
      g_assert_cmpint (rank[mark->bloc], >=, last_bloc_rank);
      if (rank[mark->bloc] == last_bloc_rank)
        g_assert_cmpuint (index, >=, last_party);
      last_bloc_rank = rank[mark->bloc];
      last_party = index;
    }
}

/* A count that moved from preliminary to official is one story: no disagreement
 * anywhere, one chart of changes with a cell per party and measure, and the cards
 * show the official figures only. */
static void
test_count_changes_apart (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/parliament-count-changes.json");
  EscElection *election = esc_test_election (dataset, 0);
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
  EscChart *changes = esc_test_find_chart (charts, "count-changes");
  EscChart *shares = esc_test_find_chart (charts, "shares");
  EscChart *turnout = esc_test_find_chart (charts, "turnout");

  g_assert_cmpuint (count_kind (charts, ESC_CHART_DISAGREEMENT), ==, 0);
  g_assert_nonnull (changes);
  /* Eight shares, eight seat counts, turnout. */
  g_assert_cmpuint (esc_chart_get_n_marks (changes), ==, 17);
  g_assert_cmpuint (esc_chart_get_grid_rows (changes)->len, ==, 9);
  g_assert_cmpuint (esc_chart_get_grid_columns (changes)->len, ==, 2);
  /* It says when each count was published. */
  g_assert_nonnull (strstr (esc_chart_get_reading (changes), "10 March 2030, 22:40"));
  g_assert_nonnull (strstr (esc_chart_get_reading (changes), "20 March 2030"));

  g_assert_cmpuint (esc_chart_get_n_marks (shares), ==, 8);
  for (guint m = 0; m < esc_chart_get_n_marks (shares); m++)
    g_assert_cmpint (esc_claim_get_status (g_ptr_array_index (esc_chart_get_mark (shares, m)->claims, 0)), ==,
                     ESC_STATUS_OFFICIAL);
  /* Turnout once, in its own card. */
  g_assert_cmpuint (esc_chart_get_n_marks (turnout), ==, 2);   /* the turnout that stands, the electorate */
}

/* Governorships known only from their regions: a seat each, with the region's own
 * sources; pending and disputed ones marked so; a bloc's win without a party counted. */
static void
test_seats_from_regions (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/regions-only.json");
  EscElection *election = esc_test_election (dataset, 0);
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
  EscChart *seats = esc_test_find_chart (charts, "seats");
  GPtrArray *regions = esc_election_get_regions (election);
  guint total = 0;

  g_assert_nonnull (seats);
  g_assert_cmpuint (esc_chart_get_total_seats (seats), ==, regions->len);
  for (guint r = 0; r < regions->len; r++)
    {
      EscRegion *region = g_ptr_array_index (regions, r);
      guint found = 0;

      for (guint m = 0; m < esc_chart_get_n_marks (seats); m++)
        {
          const EscChartMark *mark = esc_chart_get_mark (seats, m);

          if (!g_ptr_array_find (mark->regions, region, NULL))
            continue;
          found++;
          g_assert_cmpuint (mark->seats, ==, 1);
          g_assert_cmpstr (mark->label, ==, esc_region_get_name (region));
          g_assert_cmpint (mark->style, ==, esc_region_get_outcome (region) == ESC_OUTCOME_WON ? ESC_MARK_SOLID
                                                                                              : ESC_MARK_UNREPORTED);
        }
      g_assert_cmpuint (found, ==, 1);
    }
  for (guint m = 0; m < esc_chart_get_n_marks (seats); m++)
    total += esc_chart_get_mark (seats, m)->seats;
  g_assert_cmpuint (total, ==, 15);
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "MT 8"));
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "Opposition 1"));
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "pending: Sonora"));
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "disputed: Michoacán"));
}

/* Where the regions list every office and a claim counts otherwise, the chart shows
 * the range and says the sources disagree, naming both. */
static void
test_regions_against_claims (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/regions-disagree.json");
  g_autoptr(GPtrArray) charts = esc_charts_for_election (esc_test_election (dataset, 0));
  EscChart *seats = esc_test_find_chart (charts, "seats");
  const EscChartLegendEntry *party_a = esc_chart_get_legend_entry (seats, 0);

  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "PA 3–4"));
  g_assert_cmpstr (party_a->label, ==, "Party A");
  g_assert_nonnull (strstr (party_a->detail, "the sources disagree"));
  g_assert_nonnull (strstr (party_a->detail, "4 (Example Press Agency (test data))"));
  g_assert_nonnull (strstr (party_a->detail, "3 by the regions"));
}

/* A referendum's options against the 50 % line, the claimed share beside the result,
 * and the votes in full. */
static void
test_referendum (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/referendum.json");
  g_autoptr(GPtrArray) charts = esc_charts_for_election (esc_test_election (dataset, 0));
  EscChart *shares = esc_test_find_chart (charts, "shares");
  EscChart *votes = esc_test_find_chart (charts, "votes");
  double reference = 0;
  gboolean claimed = FALSE;

  g_assert_true (esc_chart_get_reference (shares, &reference));
  g_assert_cmpfloat (reference, ==, 50);
  for (guint m = 0; m < esc_chart_get_n_marks (shares); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (shares, m);

      if (g_str_equal (mark->value_text, "more than 50%"))
        {
          claimed = TRUE;
          /* Beside the official figure for the same option, right under it. */
          g_assert_cmpstr (mark->label, ==, esc_chart_get_mark (shares, m - 1)->label);
        }
    }
  g_assert_true (claimed);
  g_assert_nonnull (votes);
  g_assert_cmpstr (esc_chart_get_mark (votes, 0)->value_text, ==, "5,150,092");
}

/* 28.0 stays 28.0, 1.26 stays 1.26, in the reader's locale where it has one. */
static void
test_printed_precision (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/parliament-count-changes.json");
  g_autoptr(GPtrArray) charts = esc_charts_for_election (esc_test_election (dataset, 0));
  EscChart *shares = esc_test_find_chart (charts, "shares");
  gboolean trailing_zero = FALSE, two_decimals = FALSE;
  g_autofree char *spanish = NULL;

  for (guint m = 0; m < esc_chart_get_n_marks (shares); m++)
    {
      trailing_zero |= g_str_equal (esc_chart_get_mark (shares, m)->value_text, "28.0%");
      two_decimals |= g_str_equal (esc_chart_get_mark (shares, m)->value_text, "1.26%");
    }
  g_assert_true (trailing_zero);
  g_assert_true (two_decimals);

  if (setlocale (LC_NUMERIC, "es_ES.UTF-8") == NULL)
    {
      g_test_skip ("no es_ES.UTF-8 locale");
      return;
    }
  spanish = esc_text_number (5150092, ESC_UNIT_VOTES, 0);
  g_assert_cmpstr (spanish, ==, "5.150.092");
  g_free (spanish);
  spanish = esc_text_number (28.0, ESC_UNIT_PERCENT, 1);
  g_assert_true (g_str_has_prefix (spanish, "28,0"));
  setlocale (LC_NUMERIC, "C");
}

/* Eight parties, two with the dataset's colours: eight colours anyone tells apart, the
 * same on every chart, in every style. */
/* Whose seats a mark shows: marks of one party, or of what one bloc won in regions that
 * name no party, are one holder's. */
static gboolean
same_holder (const EscChartMark *a,
             const EscChartMark *b)
{
  return a->party == b->party && (a->party != NULL || a->bloc == b->bloc);
}

/* Every holder of seats in @fixture has a colour anyone tells from every other's, in
 * all four styles, and the same colour in the shares chart. */
static void
assert_seat_colors_distinct (const char *fixture)
{
  static const EscPaletteStyle styles[] = {
    ESC_PALETTE_LIGHT, ESC_PALETTE_DARK, ESC_PALETTE_HIGH_CONTRAST, ESC_PALETTE_DARK | ESC_PALETTE_HIGH_CONTRAST,
  };
  g_autoptr(EscDataset) dataset = esc_test_load (fixture);
  g_autoptr(GPtrArray) charts = esc_charts_for_election (esc_test_election (dataset, 0));
  EscChart *seats = esc_test_find_chart (charts, "seats"), *shares = esc_test_find_chart (charts, "shares");

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (guint i = 0; i < esc_chart_get_n_marks (seats); i++)
      {
        const EscChartMark *a = esc_chart_get_mark (seats, i);
        EscRgb ca = esc_chart_mark_color (seats, styles[s], a);

        if (a->style == ESC_MARK_UNREPORTED)
          continue;
        for (guint j = i + 1; j < esc_chart_get_n_marks (seats); j++)
          {
            const EscChartMark *b = esc_chart_get_mark (seats, j);
            EscRgb cb = esc_chart_mark_color (seats, styles[s], b);

            if (b->style != ESC_MARK_UNREPORTED && !same_holder (a, b) && esc_rgb_difference_seen (&ca, &cb) < 4.0)
              g_error ("%s, style %u: %s and %s only %.1f apart", fixture, styles[s], a->label, b->label,
                       esc_rgb_difference_seen (&ca, &cb));
          }
        /* The same party is the same colour in the shares chart. */
        for (guint m = 0; shares != NULL && m < esc_chart_get_n_marks (shares); m++)
          if (esc_chart_get_mark (shares, m)->party == a->party && a->party != NULL)
            {
              EscRgb other = esc_chart_mark_color (shares, styles[s], esc_chart_get_mark (shares, m));

              g_assert_cmpfloat (esc_rgb_difference (&ca, &other), <, 1e-9);
            }
      }
}

/* Eight parties, two coloured by the dataset; and governorships, some won by a bloc
 * that the region names without a party, which must not look like its first party. */
static void
test_party_colors (void)
{
  assert_seat_colors_distinct ("tests/fixtures/parliament-count-changes.json");
  assert_seat_colors_distinct ("tests/fixtures/regions-only.json");
  assert_seat_colors_distinct ("tests/fixtures/regions-bloc-only.json");
}

#define PARTIES "{\"id\": \"p\", \"name\": \"P\", \"bloc\": \"government\"}, " \
                "{\"id\": \"q\", \"name\": \"Q\", \"bloc\": \"opposition\"}"
#define CLAIM(id, measure, subject, value, claimant, status) \
  "{\"id\": \"" id "\", \"measure\": \"" measure "\"" subject ", \"value\": " value ", \"unit\": \"count\"," \
  " \"claimed_by\": {\"kind\": \"" claimant "\", \"name\": \"" claimant "\"}, \"status\": \"" status "\", " \
  ESC_TEST_SOURCE "}"
#define OF_P ", \"subject\": \"p\""
#define OF_Q ", \"subject\": \"q\""

/* Sources that give out more seats than there are: every seat they grant is drawn, the
 * reading says how many they come to, and no line claims a majority. */
static void
test_seats_oversubscribed (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    CLAIM ("p20", "offices_won", OF_P, "20", "electoral_authority", "official") ","
    CLAIM ("q10", "offices_won", OF_Q, "10", "opposition", "claimed") ","
    CLAIM ("total", "offices_contested", "", "23", "electoral_authority", "official"),
    "");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChart *seats = esc_test_find_chart (charts, "seats");
  guint drawn = 0;

  g_assert_nonnull (seats);
  for (guint m = 0; m < esc_chart_get_n_marks (seats); m++)
    drawn += esc_chart_get_mark (seats, m)->seats;
  g_assert_cmpuint (drawn, ==, 30);
  g_assert_cmpuint (esc_chart_get_total_seats (seats), ==, 30);
  g_assert_cmpuint (esc_chart_get_majority (seats), ==, 0);
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "Out of 23:"));
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "the sources give 30 seats in all"));
  assert_each_claim_drawn_once ("oversubscribed", esc_test_election (dataset, 0), charts);
}

/* More seats than dots can show are listed in words, none dropped. */
static void
test_seats_too_many_to_draw (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    CLAIM ("p800", "offices_won", OF_P, "800", "electoral_authority", "official") ","
    CLAIM ("q700", "offices_won", OF_Q, "700", "electoral_authority", "official") ","
    CLAIM ("total", "offices_contested", "", "1500", "electoral_authority", "official"),
    "");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChart *other = esc_test_find_chart (charts, "other-figures");

  g_assert_null (esc_test_find_chart (charts, "seats"));
  g_assert_nonnull (other);
  g_assert_cmpuint (esc_chart_get_claims (other)->len, ==, 3);
  assert_each_claim_drawn_once ("too many seats", esc_test_election (dataset, 0), charts);
}

/* Two counts of one party's seats that changed, by two claimants, would share a cell
 * of the grid: the chart lists them instead, each on its own line. */
static void
test_changes_sharing_a_cell (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load_election (
    "", PARTIES,
    CLAIM ("cne-early", "offices_won", OF_P, "10", "electoral_authority", "preliminary") ","
    CLAIM ("cne-final", "offices_won", OF_P, "12", "electoral_authority", "official") ","
    CLAIM ("wire-early", "offices_won", OF_P, "9", "outlet", "preliminary") ","
    CLAIM ("wire-final", "offices_won", OF_P, "11", "outlet", "revised"),
    "");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChart *changes = esc_test_find_chart (charts, "count-changes");

  g_assert_nonnull (changes);
  g_assert_cmpuint (esc_chart_get_n_marks (changes), ==, 2);
  g_assert_cmpuint (esc_chart_get_grid_columns (changes)->len, ==, 0);
  assert_each_claim_drawn_once ("changes sharing a cell", esc_test_election (dataset, 0), charts);
}

/* The built-in dataset names the CNE one way on every chart. */
static void
test_one_name_per_claimant (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("data/venezuela-elections.json");

  for (guint e = 0; e < g_list_model_get_n_items (esc_dataset_get_elections (dataset)); e++)
    {
      GPtrArray *claims = esc_election_get_claims (esc_test_election (dataset, e));

      for (guint i = 0; i < claims->len; i++)
        {
          g_autofree char *claimant = esc_text_claimant (g_ptr_array_index (claims, i));

          g_assert_null (strstr (claimant, "(CNE)"));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/kinds/each-claim-in-one-card", test_each_claim_in_one_card);
  g_test_add_func ("/charts/kinds/every-party-named", test_every_party_named);
  g_test_add_func ("/charts/kinds/count-changes-apart", test_count_changes_apart);
  g_test_add_func ("/charts/kinds/seats-from-regions", test_seats_from_regions);
  g_test_add_func ("/charts/kinds/regions-against-claims", test_regions_against_claims);
  g_test_add_func ("/charts/kinds/referendum", test_referendum);
  g_test_add_func ("/charts/kinds/printed-precision", test_printed_precision);
  g_test_add_func ("/charts/kinds/one-name-per-claimant", test_one_name_per_claimant);
  g_test_add_func ("/charts/kinds/party-colors", test_party_colors);
  g_test_add_func ("/charts/kinds/seats-oversubscribed", test_seats_oversubscribed);
  g_test_add_func ("/charts/kinds/seats-too-many-to-draw", test_seats_too_many_to_draw);
  g_test_add_func ("/charts/kinds/changes-sharing-a-cell", test_changes_sharing_a_cell);

  return g_test_run ();
}
