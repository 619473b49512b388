/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tally-sheet reader and count: CSV shapes and encodings, the guess of each
 * column's role, and every rule of the count, on fixtures whose totals are known. */
#include <locale.h>

#include "esc-dataset-writer.h"
#include "esc-edit-list.h"
#include "esc-history.h"
#include "esc-model-private.h"
#include "esc-tally-guess.h"
#include "esc-tally-import.h"
#include "esc-tally-json.h"
#include "esc-tally.h"

static GBytes *
fixture (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "tests", "tally", name, NULL);
  char *contents;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static EscCsv *
csv_of_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  EscCsv *csv = esc_csv_new (bytes, NULL, &error);

  g_assert_no_error (error);
  return csv;
}

static char *
field_text (GArray *fields,
            guint   i)
{
  return esc_csv_field_dup (&g_array_index (fields, EscCsvField, i));
}

static void
test_delimiters (void)
{
  const struct { const char *text; char delimiter; } cases[] = {
    { "a,b;c,d\n1,2;3,4\n", ',' },
    { "a;b;c,d\n1;2;3,4\n", ';' },
    { "a\tb\tc;d,e\n1\t2\t3\n", '\t' },
    { "\"x;y;z\",b\n1,2\n", ',' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EscCsv) csv = csv_of_text (cases[i].text);

      g_assert_cmpint (esc_csv_get_delimiter (csv), ==, cases[i].delimiter);
    }
}

static void
test_quotes (void)
{
  g_autoptr(EscCsv) csv = csv_of_text ("name,votes\r\n\"Said \"\"no\"\", then, yes\",5\r\n\r\n\"two\nlines\",6\nlast,\"7\"\n\"open,8\n");
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (EscCsvField));
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  EscCsvRow row;

  g_assert_cmpstr (g_ptr_array_index (esc_csv_get_header (csv), 1), ==, "votes");
  g_assert_true (esc_csv_next_row (csv, fields, &row));
  g_assert_cmpuint (fields->len, ==, 2);
  first = field_text (fields, 0);
  g_assert_cmpstr (first, ==, "Said \"no\", then, yes");
  g_assert_cmpuint (row.line, ==, 2);
  /* A blank line is skipped, and a field over two lines counts both. */
  g_assert_true (esc_csv_next_row (csv, fields, &row));
  second = field_text (fields, 0);
  g_assert_cmpstr (second, ==, "two\nlines");
  g_assert_cmpuint (row.line, ==, 4);
  g_assert_true (esc_csv_next_row (csv, fields, &row));
  g_assert_cmpuint (row.line, ==, 6);
  third = field_text (fields, 1);
  g_assert_cmpstr (third, ==, "7");
  g_assert_false (row.unclosed);
  g_assert_true (esc_csv_next_row (csv, fields, &row));
  g_assert_true (row.unclosed);
  g_assert_false (esc_csv_next_row (csv, fields, &row));
  esc_csv_rewind (csv);
  g_assert_true (esc_csv_next_row (csv, fields, &row));
  g_assert_cmpuint (row.line, ==, 2);
}

/* Lines that end with a carriage return alone, as old Mac files do, are lines too. */
static void
test_carriage_returns (void)
{
  g_autoptr(EscCsv) csv = csv_of_text ("a,b\r1,2\r\r3,\"x\ry\"\r4,5");
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (EscCsvField));
  EscCsvRow row;
  guint lines[] = { 2, 4, 6 };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_assert_true (esc_csv_next_row (csv, fields, &row));
      g_assert_cmpuint (row.line, ==, lines[i]);
      g_assert_cmpuint (fields->len, ==, 2);
    }
  g_assert_false (esc_csv_next_row (csv, fields, &row));
}

static void
test_encodings (void)
{
  g_autoptr(GBytes) latin1 = fixture ("latin1-tab.tsv");
  g_autoptr(GBytes) utf16 = g_bytes_new ("\xff\xfe" "a\0,\0b\0\n\0" "1\0,\0" "2\0\n\0", 18);
  g_autoptr(GBytes) bom = fixture ("per-parish.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(EscCsv) refused = esc_csv_new (latin1, NULL, &error);
  g_autoptr(EscCsv) chosen = NULL, wide = NULL, marked = NULL;
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (EscCsvField));
  g_autofree char *state = NULL;
  EscCsvRow row;

  /* Not UTF-8: an error that says where, until the encoding is named. */
  g_assert_null (refused);
  g_assert_error (error, ESC_CSV_ERROR, ESC_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "2"));
  chosen = esc_csv_new (latin1, "WINDOWS-1252", NULL);
  g_assert_nonnull (chosen);
  g_assert_cmpint (esc_csv_get_delimiter (chosen), ==, '\t');
  g_assert_true (esc_csv_next_row (chosen, fields, &row));
  state = field_text (fields, 0);
  g_assert_cmpstr (state, ==, "Mérida");

  wide = esc_csv_new (utf16, NULL, NULL);
  g_assert_nonnull (wide);
  g_assert_cmpstr (g_ptr_array_index (esc_csv_get_header (wide), 0), ==, "a");

  marked = esc_csv_new (bom, NULL, NULL);
  g_assert_cmpstr (g_ptr_array_index (esc_csv_get_header (marked), 0), ==, "state");
}

static void
test_counts (void)
{
  const struct { const char *text; EscCsvCount kind; gint64 value; } cases[] = {
    { "5150092", ESC_CSV_COUNT, 5150092 },
    { " 42 ", ESC_CSV_COUNT, 42 },
    { "5.150.092", ESC_CSV_COUNT, 5150092 },
    { "5,150,092", ESC_CSV_COUNT, 5150092 },
    { "5 150 092", ESC_CSV_COUNT, 5150092 },
    { "5\xc2\xa0" "150", ESC_CSV_COUNT, 5150 },
    { "1.234", ESC_CSV_COUNT, 1234 },
    { "1234.0", ESC_CSV_COUNT, 1234 },
    { "1,234.00", ESC_CSV_COUNT, 1234 },
    { "1234.000", ESC_CSV_COUNT, 1234 },
    { "0", ESC_CSV_COUNT, 0 },
    { "", ESC_CSV_COUNT_EMPTY, 0 },
    { "  ", ESC_CSV_COUNT_EMPTY, 0 },
    { "12.5", ESC_CSV_COUNT_FRACTION, 0 },
    { "1,5", ESC_CSV_COUNT_FRACTION, 0 },
    { "-3", ESC_CSV_COUNT_NEGATIVE, 0 },
    { "abc", ESC_CSV_COUNT_NOT_A_NUMBER, 0 },
    { "12a", ESC_CSV_COUNT_NOT_A_NUMBER, 0 },
    { "1.23.456", ESC_CSV_COUNT_NOT_A_NUMBER, 0 },
    { "12,34,567", ESC_CSV_COUNT_NOT_A_NUMBER, 0 },
    { "1234,567", ESC_CSV_COUNT_FRACTION, 0 },
    { ".5", ESC_CSV_COUNT_NOT_A_NUMBER, 0 },
    { "99999999999999999999", ESC_CSV_COUNT_NOT_A_NUMBER, 0 },
    { "10000000000000", ESC_CSV_COUNT, 10000000000000 },
    { "10000000000001", ESC_CSV_COUNT_NOT_A_NUMBER, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      EscCsvField field = { cases[i].text, strlen (cases[i].text), FALSE };
      gint64 value = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (esc_csv_field_count (&field, &value), ==, cases[i].kind);
      if (cases[i].kind == ESC_CSV_COUNT)
        g_assert_cmpint (value, ==, cases[i].value);
    }
}

static void
assert_roles (GPtrArray  *columns,
              const char *expected)
{
  g_autoptr(GString) roles = g_string_new (NULL);

  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);

      g_string_append_printf (roles, "%s%s%s ", esc_tally_role_nick (column->role), column->per_centre ? "/centre" : "",
                              column->role == ESC_TALLY_VOTES && g_strcmp0 (column->candidate, column->header) != 0 ? "!" : "");
    }
  g_assert_cmpstr (g_strstrip (roles->str), ==, expected);
}

static EscCsv *
csv_of_fixture (const char *name,
                const char *encoding)
{
  g_autoptr(GBytes) bytes = fixture (name);
  g_autoptr(GError) error = NULL;
  EscCsv *csv = esc_csv_new (bytes, encoding, &error);

  g_assert_no_error (error);
  return csv;
}

static void
test_guess (void)
{
  g_autoptr(EscCsv) table = csv_of_fixture ("per-table.csv", NULL);
  g_autoptr(EscCsv) parish = csv_of_fixture ("per-parish.csv", NULL);
  g_autoptr(EscCsv) tab = csv_of_fixture ("latin1-tab.tsv", "ISO-8859-1");
  g_autoptr(GPtrArray) table_columns = esc_tally_guess_columns (table);
  g_autoptr(GPtrArray) parish_columns = esc_tally_guess_columns (parish);
  g_autoptr(GPtrArray) tab_columns = esc_tally_guess_columns (tab);
  g_autoptr(EscCsv) english = csv_of_text ("Polling station code,Station name,Table,Registered,Total votes,Blank,Spoilt,Ana Ruiz,Bo Li\n"
                                           "7,North school,1,500,300,2,3,150,145\n");
  g_autoptr(GPtrArray) english_columns = esc_tally_guess_columns (english);

  assert_roles (table_columns, "region region region centre table registered/centre voters valid null votes votes votes");
  assert_roles (parish_columns, "region region region registered valid null votes votes votes votes");
  assert_roles (tab_columns, "region centre table votes votes");
  assert_roles (english_columns, "centre ignore table registered voters blank null votes votes");
}

static EscTally *
count_fixture (const char         *name,
               const char         *encoding,
               const char         *by,
               const char * const *overrides)
{
  g_autoptr(EscCsv) csv = csv_of_fixture (name, encoding);
  g_autoptr(GPtrArray) columns = esc_tally_guess_columns (csv);
  g_autoptr(GError) error = NULL;
  EscTally *tally;

  for (guint i = 0; overrides != NULL && overrides[i] != NULL; i++)
    {
      esc_tally_columns_override (columns, overrides[i], &error);
      g_assert_no_error (error);
    }
  tally = esc_tally_count (csv, columns, by, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return tally;
}

static void
assert_candidate (EscTally   *tally,
                  guint       i,
                  const char *name,
                  gint64      votes)
{
  EscTallyCandidate *candidate = &g_array_index (esc_tally_get_candidates (tally), EscTallyCandidate, i);

  g_assert_cmpstr (candidate->name, ==, name);
  g_assert_cmpint (candidate->votes, ==, votes);
}

static void
assert_rejection (EscTally       *tally,
                  guint           i,
                  guint           line,
                  EscTallyReject  reason)
{
  GArray *rejections = esc_tally_get_rejections (tally);
  g_autofree char *why = NULL;

  g_assert_cmpuint (i, <, rejections->len);
  why = esc_tally_rejection_describe (&g_array_index (rejections, EscTallyRejection, i));
  g_test_message ("%s", why);
  g_assert_cmpuint (g_array_index (rejections, EscTallyRejection, i).line, ==, line);
  g_assert_cmpint (g_array_index (rejections, EscTallyRejection, i).reason, ==, reason);
}

/* Per table, with the centre's registered voters on each table's row: a duplicate sheet
 * counted once, three bad rows set aside with their lines, the centre's voters once. */
static void
test_per_table (void)
{
  g_autoptr(EscTally) tally = count_fixture ("per-table.csv", NULL, "estado", NULL);
  GPtrArray *regions = esc_tally_get_regions (tally);
  EscTallyRegion *miranda;
  gint64 total;

  g_assert_cmpuint (esc_tally_get_rows (tally), ==, 12);
  g_assert_cmpuint (esc_tally_get_used (tally), ==, 8);
  g_assert_cmpuint (esc_tally_get_n_rejected (tally), ==, 4);
  assert_rejection (tally, 0, 10, ESC_TALLY_REJECT_DUPLICATE);
  g_assert_cmpuint (g_array_index (esc_tally_get_rejections (tally), EscTallyRejection, 0).first_line, ==, 9);
  assert_rejection (tally, 1, 11, ESC_TALLY_REJECT_NOT_A_NUMBER);
  assert_rejection (tally, 2, 12, ESC_TALLY_REJECT_NEGATIVE);
  assert_rejection (tally, 3, 13, ESC_TALLY_REJECT_OVER_VOTERS);

  assert_candidate (tally, 0, "EG", 1520);
  assert_candidate (tally, 1, "NM", 870);
  assert_candidate (tally, 2, "OTROS", 65);
  g_assert_true (esc_tally_get_total (tally, ESC_TALLY_VALID, &total));
  g_assert_cmpint (total, ==, 2455);
  g_assert_cmpint (esc_tally_get_share_base (tally), ==, 2455);
  g_assert_true (esc_tally_get_total (tally, ESC_TALLY_REGISTERED, &total));
  g_assert_cmpint (total, ==, 1200 + 800 + 2000 + 900);
  g_assert_false (esc_tally_get_total (tally, ESC_TALLY_BLANK, &total));
  g_assert_cmpfloat_with_epsilon (esc_tally_get_share (tally, 0), 100.0 * 1520 / 2455, 1e-9);

  g_assert_cmpuint (regions->len, ==, 2);
  miranda = g_ptr_array_index (regions, 0);
  g_assert_cmpstr (miranda->name, ==, "Miranda");
  g_assert_cmpuint (miranda->sheets, ==, 4);
  g_assert_cmpint (miranda->votes[0], ==, 250 + 260 + 150 + 140);
  g_assert_cmpint (miranda->valid, ==, 390 + 400 + 300 + 280);
  g_assert_cmpint (miranda->registered, ==, 2000 + 900);
}

/* Per parish, party cards joined into candidates; shares of the valid votes. */
static void
test_join (void)
{
  const char * const overrides[] = { "psuv=votes:Maduro", "PCV=votes:Maduro", "mud=votes:González", "untc=votes:González", NULL };
  g_autoptr(EscTally) tally = count_fixture ("per-parish.csv", NULL, "state", overrides);
  EscTallyRegion *zulia;

  g_assert_cmpuint (esc_tally_get_candidates (tally)->len, ==, 2);
  assert_candidate (tally, 0, "González", 15000 + 2100 + 2500 + 300 + 27000 + 2500 + 12500 + 1000);
  assert_candidate (tally, 1, "Maduro", 12000 + 1000 + 2000 + 200 + 10000 + 500 + 6000 + 500);
  g_assert_cmpint (esc_tally_get_share_base (tally), ==, 30100 + 5000 + 40000 + 20000);
  g_assert_cmpuint (esc_tally_get_n_rejected (tally), ==, 0);
  zulia = g_ptr_array_index (esc_tally_get_regions (tally), 1);
  g_assert_cmpstr (zulia->name, ==, "Zulia");
  g_assert_cmpint (zulia->votes[1], ==, 10000 + 500 + 6000 + 500);
  /* Rows are parishes here, not sheets: nothing is a duplicate. */
  g_assert_cmpint (zulia->sheets, ==, 2);
}

/* No valid column: shares are of the candidates' sum. A fraction is set aside; a quoted
 * name over two lines is read whole. */
static void
test_no_valid (void)
{
  g_autoptr(EscTally) tally = count_fixture ("latin1-tab.tsv", "WINDOWS-1252", NULL, NULL);

  g_assert_cmpuint (esc_tally_get_used (tally), ==, 2);
  assert_rejection (tally, 0, 5, ESC_TALLY_REJECT_FRACTION);
  assert_candidate (tally, 0, "Candidato A", 130);
  assert_candidate (tally, 1, "Candidato B", 120);
  g_assert_cmpint (esc_tally_get_share_base (tally), ==, 250);
}

static void
test_worst_case (void)
{
  g_autoptr(EscTally) tally = count_fixture ("per-table.csv", NULL, NULL, NULL);
  g_autoptr(EscTally) no_registered = count_fixture ("latin1-tab.tsv", "WINDOWS-1252", NULL, NULL);
  EscTallyWorstCase worst;

  /* Unknown without the electorate. */
  g_assert_false (esc_tally_get_worst_case (tally, &worst));
  /* A file without registered voters needs those of the missing sheets. */
  esc_tally_set_electorate (no_registered, 5000);
  g_assert_false (esc_tally_get_worst_case (no_registered, &worst));
  esc_tally_set_missing (no_registered, 5);
  g_assert_true (esc_tally_get_worst_case (no_registered, &worst));
  g_assert_false (worst.could_change);
  /* 4,900 registered on the sheets: 500 more cannot close a gap of 650… */
  esc_tally_set_electorate (tally, 5400);
  g_assert_true (esc_tally_get_worst_case (tally, &worst));
  g_assert_cmpint (worst.missing, ==, 500);
  g_assert_cmpint (worst.leader_votes - worst.runner_up_votes, ==, 650);
  g_assert_false (worst.could_change);
  /* …but 700 can. */
  esc_tally_set_electorate (tally, 5600);
  g_assert_true (esc_tally_get_worst_case (tally, &worst));
  g_assert_true (worst.could_change);
  /* The voters of the missing sheets, where given, count instead. */
  esc_tally_set_missing (tally, 600);
  g_assert_true (esc_tally_get_worst_case (tally, &worst));
  g_assert_cmpint (worst.missing, ==, 600);
  g_assert_false (worst.could_change);
}

/* Each sheet's valid votes go into the bin of the candidate's share on it. */
static void
test_histogram (void)
{
  g_autoptr(EscTally) tally = count_fixture ("per-table.csv", NULL, NULL, NULL);
  const double *bins = esc_tally_get_histogram (tally, 0);
  double sum = 0;

  for (guint i = 0; i < ESC_TALLY_BINS; i++)
    sum += bins[i];
  g_assert_cmpfloat (sum, ==, 2455);
  /* The first sheet: 200 of 290 valid, 68.97 %, in the bin from 68 %. */
  g_assert_cmpfloat (bins[34], >=, 290);
  g_assert_null (esc_tally_get_histogram (tally, 3));
}

/* The same file counted twice gives the same tally, byte for byte. */
static void
test_same_again (void)
{
  g_autoptr(GBytes) file = fixture ("per-table.csv");
  g_autoptr(EscTally) first = count_fixture ("per-table.csv", NULL, "ESTADO", NULL);
  g_autoptr(EscTally) again = count_fixture ("per-table.csv", NULL, "ESTADO", NULL);
  g_autoptr(JsonNode) first_json = NULL, again_json = NULL;
  g_autofree char *first_text = NULL, *again_text = NULL;

  esc_tally_set_file (first, "per-table.csv", file);
  esc_tally_set_file (again, "elsewhere/per-table.csv", file);
  first_json = esc_tally_to_json (first);
  again_json = esc_tally_to_json (again);
  first_text = json_to_string (first_json, TRUE);
  again_text = json_to_string (again_json, TRUE);
  g_assert_cmpstr (first_text, ==, again_text);
}

static void
test_overrides (void)
{
  g_autoptr(EscCsv) csv = csv_of_fixture ("per-table.csv", NULL);
  g_autoptr(GPtrArray) columns = esc_tally_guess_columns (csv);
  g_autoptr(GError) missing = NULL, bad_role = NULL, bad_scope = NULL;

  g_assert_true (esc_tally_columns_override (columns, "votantes=registered/centre", NULL));
  g_assert_true (((EscTallyColumn *) g_ptr_array_index (columns, 6))->per_centre);
  g_assert_true (esc_tally_columns_override (columns, "OTROS=ignore", NULL));
  assert_roles (columns, "region region region centre table registered/centre registered/centre valid null votes votes ignore");
  g_assert_false (esc_tally_columns_override (columns, "NOPE=votes", &missing));
  g_assert_error (missing, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_false (esc_tally_columns_override (columns, "EG=vote", &bad_role));
  g_assert_error (bad_role, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_false (esc_tally_columns_override (columns, "EG=votes/table", &bad_scope));
  g_assert_error (bad_scope, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
}

static void
test_cancel (void)
{
  g_autoptr(GString) text = g_string_new ("mesa,a,b\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EscCsv) csv = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EscTally) tally = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "%u,%u,%u\n", i, i % 7, i % 5);
  bytes = g_bytes_new (text->str, text->len);
  csv = esc_csv_new (bytes, NULL, NULL);
  columns = esc_tally_guess_columns (csv);
  g_cancellable_cancel (cancellable);
  tally = esc_tally_count (csv, columns, NULL, NULL, NULL, cancellable, &error);
  g_assert_null (tally);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static EscDataset *
load_builtin (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static EscElection *
election_at (EscDataset *dataset,
             guint       index)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), index);

  return election;
}

static EscDataset *
reload (GBytes *bytes)
{
  g_autoptr(GPtrArray) problems = NULL;
  EscDataset *dataset = esc_dataset_new_from_bytes (bytes, &problems, NULL, NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == ESC_SEVERITY_ERROR)
        g_error ("%s: %s", problem->path, problem->message);
    }
  g_assert_nonnull (dataset);
  return dataset;
}

static EscClaim *
find_claim (EscElection *election,
            EscParty    *party,
            EscMeasure   measure,
            EscClaimStatus status)
{
  for (guint i = 0; i < election->claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (election->claims, i);

      if (claim->subject == party && claim->measure == measure && claim->status == status)
        return claim;
    }
  return NULL;
}

/* Joined into the 2024 election: computed claims with the tally as their source, kept
 * through a save and a reload with every total, undone in one step; importing the same
 * file again gives the same numbers. */
static void
test_import (void)
{
  const char * const overrides[] = { "EG=votes:Edmundo González", "NM=votes:Nicolás Maduro", NULL };
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  g_autoptr(EscTally) tally = count_fixture ("per-table.csv", NULL, "ESTADO", overrides);
  g_autoptr(GBytes) before = esc_dataset_to_bytes (dataset);
  g_autoptr(GBytes) file = fixture ("per-table.csv");
  g_autoptr(GBytes) after = NULL, again = NULL;
  g_autoptr(EscDataset) read = NULL;
  EscElection *election = election_at (dataset, 1), *read_election;
  EscTally *read_tally;
  EscClaim *share;
  gint64 registered;

  esc_tally_set_file (tally, "/home/someone/actas/per-table.csv", file);
  esc_tally_set_expected (tally, 20);
  esc_tally_guess_parties (tally, election);
  g_assert_cmpstr (g_array_index (esc_tally_get_candidates (tally), EscTallyCandidate, 0).party, ==, "gonzalez");
  g_assert_cmpstr (g_array_index (esc_tally_get_candidates (tally), EscTallyCandidate, 1).party, ==, "maduro");
  g_assert_null (g_array_index (esc_tally_get_candidates (tally), EscTallyCandidate, 2).party);
  esc_history_do (history, esc_tally_import_edit (dataset, election, tally));

  share = find_claim (election, esc_election_lookup_party (election, "gonzalez"), ESC_MEASURE_VOTE_SHARE, ESC_STATUS_COMPUTED);
  g_assert_nonnull (share);
  g_assert_cmpfloat (share->value, ==, 61.91);
  g_assert_true (share->has_counted);
  g_assert_cmpfloat (share->counted, ==, 40.0);
  g_assert_true (esc_source_get_tally (g_ptr_array_index (share->sources, 0)) == tally);
  g_assert_null (esc_source_get_article (g_ptr_array_index (share->sources, 0)));

  after = esc_dataset_to_bytes (dataset);
  read = reload (after);
  g_assert_cmpuint (esc_dataset_get_tallies (read)->len, ==, 1);
  read_tally = g_ptr_array_index (esc_dataset_get_tallies (read), 0);
  g_assert_cmpstr (esc_tally_get_file (read_tally), ==, "per-table.csv");
  g_assert_cmpstr (esc_tally_get_sha256 (read_tally), ==, esc_tally_get_sha256 (tally));
  g_assert_cmpuint (esc_tally_get_used (read_tally), ==, 8);
  g_assert_cmpuint (esc_tally_get_n_rejected (read_tally), ==, 4);
  g_assert_cmpuint (esc_tally_get_rejections (read_tally)->len, ==, 4);
  g_assert_cmpuint (esc_tally_get_columns (read_tally)->len, ==, 12);
  g_assert_true (esc_tally_get_total (read_tally, ESC_TALLY_REGISTERED, &registered));
  g_assert_cmpint (registered, ==, 4900);
  g_assert_cmpuint (esc_tally_get_regions (read_tally)->len, ==, 2);
  g_assert_cmpfloat (esc_tally_get_histogram (read_tally, 0)[34], ==, esc_tally_get_histogram (tally, 0)[34]);
  read_election = election_at (read, 1);
  share = find_claim (read_election, esc_election_lookup_party (read_election, "gonzalez"), ESC_MEASURE_VOTE_SHARE, ESC_STATUS_COMPUTED);
  g_assert_true (esc_source_get_tally (g_ptr_array_index (share->sources, 0)) == read_tally);
  /* What was read writes the same bytes. */
  again = esc_dataset_to_bytes (read);
  g_assert_true (g_bytes_equal (after, again));

  esc_history_undo (history);
  g_clear_pointer (&after, g_bytes_unref);
  after = esc_dataset_to_bytes (dataset);
  g_assert_true (g_bytes_equal (before, after));
}

/* A tally that does not add up, or that a source cites wrongly, is an error at its
 * place. */
static void
test_hostile (void)
{
  static const struct { const char *from, *to, *path; } cases[] = {
    { "\"used\" : 8", "\"used\" : 9", "$.tallies[0].rows" },
    { "\"used\" : 8", "\"used\" : -8", "$.tallies[0].used" },
    { "\"used\" : 8", "\"used\" : 8.5", "$.tallies[0].used" },
    { "\"role\" : \"region\"", "\"role\" : \"mayor\"", "$.tallies[0].columns[0].role" },
    { "\"sha256\" : \"", "\"sha256\" : \"x", "$.tallies[0].sha256" },
    { "\"tally\" : \"tally-1\"", "\"tally\" : \"tally-9\"", "tally" },
    { "\"tally\" : \"tally-1\"", "\"tally\" : \"tally-1\", \"article\" : \"x\"", "tally" },
    { "\"histogram\" : [", "\"histogram\" : [1, ", "histogram" },
    { "\"file\" : \"", "\"filename\": \"", "$.tallies[0]" },
  };
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscTally) tally = count_fixture ("per-table.csv", NULL, "ESTADO", NULL);
  g_autoptr(GBytes) file = fixture ("per-table.csv");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  esc_tally_set_file (tally, "per-table.csv", file);
  esc_tally_set_party (tally, 0, "gonzalez");
  {
  g_autoptr(EscHistory) history = esc_history_new (dataset);

  esc_history_do (history, esc_tally_import_edit (dataset, election_at (dataset, 1), tally));
  }
  bytes = esc_dataset_to_bytes (dataset);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *broken = NULL;
      g_auto(GStrv) parts = g_strsplit (text, cases[i].from, 2);
      g_autoptr(GBytes) broken_bytes = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(EscDataset) read = NULL;
      gboolean found = FALSE;

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      broken = g_strjoin (cases[i].to, parts[0], parts[1], NULL);
      broken_bytes = g_bytes_new (broken, strlen (broken));
      read = esc_dataset_new_from_bytes (broken_bytes, &problems, NULL, NULL);
      for (guint p = 0; problems != NULL && p < problems->len; p++)
        {
          EscProblem *problem = g_ptr_array_index (problems, p);

          if (problem->severity == ESC_SEVERITY_ERROR && strstr (problem->path, cases[i].path) != NULL)
            found = TRUE;
        }
      g_test_message ("%s → %s", cases[i].from, cases[i].to);
      g_assert_true (found);
    }
}

/* As a spreadsheet exports a table: a trailing delimiter (a column without a header),
 * rows of empty fields below it, a valid count left blank on one sheet. The blank rows
 * are not sheets, shares stay of one base, and the tally, saved in a dataset, reopens. */
static void
test_spreadsheet_export (void)
{
  static const char text[] = "Estado;Mesa;A;B;Validos;\nX;1;10;5;15;\nX;2;30;30;;\n;;;;;\n;;;;;\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(EscCsv) csv = esc_csv_new (bytes, NULL, NULL);
  g_autoptr(GPtrArray) columns = esc_tally_guess_columns (csv);
  g_autoptr(EscTally) tally = esc_tally_count (csv, columns, "Estado", NULL, NULL, NULL, NULL);
  g_autoptr(EscDataset) dataset = load_builtin ();
  g_autoptr(EscHistory) history = esc_history_new (dataset);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(EscDataset) read = NULL;
  gint64 valid;

  g_assert_cmpuint (esc_tally_get_rows (tally), ==, 2);
  g_assert_cmpuint (esc_tally_get_used (tally), ==, 2);
  g_assert_true (esc_tally_get_total (tally, ESC_TALLY_VALID, &valid));
  g_assert_cmpint (valid, ==, 15 + 60);
  g_assert_cmpfloat_with_epsilon (esc_tally_get_share (tally, 0), 100.0 * 40 / 75, 1e-9);
  g_assert_cmpstr (((EscTallyColumn *) g_ptr_array_index (esc_tally_get_columns (tally), 5))->header, ==, "");

  esc_tally_set_file (tally, "export.csv", bytes);
  esc_tally_set_party (tally, 0, "gonzalez");
  esc_history_do (history, esc_tally_import_edit (dataset, election_at (dataset, 1), tally));
  saved = esc_dataset_to_bytes (dataset);
  read = reload (saved);
  g_assert_cmpuint (esc_dataset_get_tallies (read)->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv/delimiters", test_delimiters);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/carriage-returns", test_carriage_returns);
  g_test_add_func ("/csv/encodings", test_encodings);
  g_test_add_func ("/csv/counts", test_counts);
  g_test_add_func ("/tally/guess", test_guess);
  g_test_add_func ("/tally/per-table", test_per_table);
  g_test_add_func ("/tally/join", test_join);
  g_test_add_func ("/tally/no-valid", test_no_valid);
  g_test_add_func ("/tally/worst-case", test_worst_case);
  g_test_add_func ("/tally/histogram", test_histogram);
  g_test_add_func ("/tally/overrides", test_overrides);
  g_test_add_func ("/tally/same-again", test_same_again);
  g_test_add_func ("/tally/cancel", test_cancel);
  g_test_add_func ("/tally/import", test_import);
  g_test_add_func ("/tally/hostile", test_hostile);
  g_test_add_func ("/tally/spreadsheet-export", test_spreadsheet_export);
  return g_test_run ();
}
