/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless commands in-process, as esc_command_line_run() calls them with the values
 * GApplication packed; tests/check-command-line.sh runs the binary itself. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "esc-command-line.h"
#include "esc-dataset.h"
#include "esc-export-command.h"
#include "esc-save-command.h"
#include "esc-slides-command.h"
#include "esc-tally-command.h"
#include "esc-validate-command.h"

static const char * const no_files[] = { NULL };

static char *
source_path (const char *relative)
{
  const char *root = g_getenv ("ESC_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

static GBytes *
source_bytes (const char *relative)
{
  g_autofree char *path = source_path (relative);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* An error is one message naming the option, and the hint to --help. */
static void
assert_usage (GString    *err,
              const char *option)
{
  g_assert_nonnull (strstr (err->str, option));
  g_assert_true (g_str_has_suffix (err->str, "--help” to see every option.\n"));
}

static void
test_validate (void)
{
  g_autofree char *good = source_path ("data/venezuela-elections.json");
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "escrutinio-bad.json", NULL);
  const char *good_and_bad[] = { bad, NULL };
  const char *with_missing[] = { "/nonexistent/x.json", NULL };
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const EscCommandData data = { NULL };
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (bad, "{\n  \"format\": \"escrutinio-dataset\",\n  \"version\": 2\n}\n", -1, NULL));

  /* "--validate good": the option's own value. */
  g_variant_dict_insert (options, "validate", "^aay", (const char *[]) { good, NULL });
  g_assert_cmpint (esc_validate_command (options, no_files, &data, out, err), ==, 0);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_cmpstr (err->str, ==, "");

  /* "--validate good bad": the rest of the command line too. */
  g_assert_cmpint (esc_validate_command (options, good_and_bad, &data, out, err), ==, 1);
  expected = g_strdup_printf ("%s:3:14: error: $.version: ", bad);
  g_assert_true (g_str_has_prefix (out->str, expected));
  g_assert_cmpstr (err->str, ==, "");

  g_string_truncate (out, 0);
  g_assert_cmpint (esc_validate_command (options, with_missing, &data, out, err), ==, 2);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_true (g_str_has_prefix (err->str, "/nonexistent/x.json: error: "));

  /* A folder is no dataset: said at once, not read. */
  g_string_truncate (err, 0);
  g_variant_dict_insert (options, "validate", "^aay", (const char *[]) { g_get_tmp_dir (), NULL });
  g_assert_cmpint (esc_validate_command (options, no_files, &data, out, err), ==, 2);
  g_assert_nonnull (strstr (err->str, ": error: "));

  g_unlink (bad);
}

static guint
count_and_remove (const char *dir,
                  const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_str_has_prefix (name, prefix));
      g_unlink (path);
      n++;
    }
  return n;
}

/* `escrutinio --export`: every chart, every format, named by election and chart. */
static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-export-XXXXXX", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "charts", NULL);
  g_autofree char *fixture = source_path ("tests/fixtures/synthetic-parliament.json");
  g_autofree char *seats = g_build_filename (out_dir, "synthetic-parliament--seats.pdf", NULL);
  const char *files[] = { fixture, NULL };
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const EscCommandData data = { NULL };
  guint n;

  g_variant_dict_insert (options, "export", "^ay", out_dir);
  g_variant_dict_insert (options, "size", "s", "640x360");
  g_assert_cmpint (esc_export_command (options, files, &data, out, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_true (g_file_test (seats, G_FILE_TEST_EXISTS));
  n = count_and_remove (out_dir, "synthetic-parliament--");
  g_assert_cmpuint (n % 3, ==, 0);
  g_assert_cmpuint (n, >=, 3 * 3);   /* seats, shares, turnout */

  g_string_truncate (out, 0);
  g_variant_dict_remove (options, "size");
  g_variant_dict_insert (options, "format", "^as", (const char *[]) { "png", NULL });
  g_variant_dict_insert (options, "scale", "s", "2");
  g_assert_cmpint (esc_export_command (options, files, &data, out, err), ==, 0);
  g_assert_null (strstr (out->str, ".svg"));
  g_assert_nonnull (strstr (out->str, "synthetic-parliament--seats.png"));
  count_and_remove (out_dir, "synthetic-parliament--");

  /* A mistake is found before anything is written. */
  g_string_truncate (out, 0);
  g_variant_dict_insert (options, "format", "^as", (const char *[]) { "png", "gif", NULL });
  g_assert_cmpint (esc_export_command (options, files, &data, out, err), ==, 2);
  g_assert_cmpstr (out->str, ==, "");
  assert_usage (err, "--format");
  g_assert_cmpuint (count_and_remove (out_dir, ""), ==, 0);

  g_rmdir (out_dir);
  g_rmdir (dir);
}

static void
test_slides_unknown_election (void)
{
  g_autoptr(GBytes) dataset = source_bytes ("data/venezuela-elections.json");
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-slides-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "slides.pdf", NULL);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const EscCommandData data = { dataset };

  g_variant_dict_insert (options, "export-slides", "^ay", pdf);
  g_variant_dict_insert (options, "election", "s", "atlantis-2099");
  g_assert_cmpint (esc_slides_command (options, no_files, &data, out, err), ==, 2);
  assert_usage (err, "--election");
  /* The message lists the elections there are. */
  g_assert_nonnull (strstr (err->str, "ve-regional"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static void
test_size_and_scale (void)
{
  static const struct { const char *text; int width, height; } sizes[] = {
    { "1600x900", 1600, 900 }, { "100x100", 100, 100 }, { "16384x16384", 16384, 16384 },
    { "0x0", 0, 0 }, { "99x100", 0, 0 }, { "16385x100", 0, 0 }, { "99999999x1", 0, 0 },
    { "99999999999999999999999x100", 0, 0 }, { "-5x3", 0, 0 }, { "+500x300", 0, 0 },
    { " 500x300", 0, 0 }, { "abc", 0, 0 }, { "1280x", 0, 0 }, { "x720", 0, 0 },
    { "1280x720x3", 0, 0 }, { "1280X720", 0, 0 }, { "", 0, 0 }, { "0x500x300", 0, 0 },
  };
  static const struct { const char *text; double scale; } scales[] = {
    { "1", 1 }, { "0.25", 0.25 }, { "8", 8 }, { "1.5", 1.5 }, { "0", 0 }, { "-1", 0 },
    { "nan", 0 }, { "inf", 0 }, { "1e9", 0 }, { "8.01", 0 }, { "0.2", 0 }, { "2x", 0 },
    { "", 0 }, { "1,5", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int width = 0, height = 0;
      gboolean valid = sizes[i].width > 0;

      g_test_message ("size “%s”", sizes[i].text);
      g_assert_cmpint (esc_command_parse_size (sizes[i].text, &width, &height), ==, valid);
      if (valid)
        {
          g_assert_cmpint (width, ==, sizes[i].width);
          g_assert_cmpint (height, ==, sizes[i].height);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      double scale = 0;
      gboolean valid = scales[i].scale > 0;

      g_test_message ("scale “%s”", scales[i].text);
      g_assert_cmpint (esc_command_parse_scale (scales[i].text, &scale), ==, valid);
      if (valid)
        g_assert_cmpfloat (scale, ==, scales[i].scale);
    }
}

static void
test_output_checks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-output-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "a-file", NULL);
  g_autofree char *new_dir = g_build_filename (dir, "new", NULL);
  g_autofree char *orphan = g_build_filename (dir, "missing", "new", NULL);
  g_autofree char *under_file = g_build_filename (file, "new", NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_true (g_file_set_contents (file, "", 0, NULL));

  g_assert_true (esc_command_check_output_folder ("export", dir, err));
  g_assert_true (esc_command_check_output_folder ("export", new_dir, err));
  /* Checked, not made: a later mistake leaves nothing behind. */
  g_assert_false (g_file_test (new_dir, G_FILE_TEST_EXISTS));
  g_assert_true (esc_command_check_output_file ("export-slides", file, err));
  g_assert_true (esc_command_check_output_file ("export-slides", new_dir, err));
  g_assert_cmpstr (err->str, ==, "");

  g_assert_false (esc_command_check_output_folder ("export", file, err));
  assert_usage (err, "--export");
  g_string_truncate (err, 0);
  g_assert_false (esc_command_check_output_folder ("export", orphan, err));
  assert_usage (err, "--export");
  g_string_truncate (err, 0);
  g_assert_false (esc_command_check_output_folder ("export", under_file, err));
  assert_usage (err, "--export");
  g_string_truncate (err, 0);
  g_assert_false (esc_command_check_output_file ("export-slides", dir, err));
  assert_usage (err, "--export-slides");

  /* No probe file is left behind. */
  g_assert_cmpuint (count_and_remove (dir, "a-file"), ==, 1);
  g_rmdir (dir);
}

/* --save-as writes the dataset, built-in or given, in a file that loads as the same
 * data; a dataset with errors is not written. */
static int
run_tally (const char  *fixture,
           const char **overrides,
           const char  *by,
           gboolean     json,
           GString     *out,
           GString     *err)
{
  g_autofree char *path = source_path (fixture);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  const EscCommandData data = { NULL };

  g_string_truncate (out, 0);
  g_string_truncate (err, 0);
  g_variant_dict_insert (options, "tally", "^ay", path);
  if (overrides != NULL)
    g_variant_dict_insert (options, "column", "^aay", overrides);
  if (by != NULL)
    g_variant_dict_insert (options, "by", "^ay", by);
  if (json)
    g_variant_dict_insert (options, "json", "b", TRUE);
  g_variant_dict_insert (options, "electorate", "s", "10000");
  return esc_tally_command (options, no_files, &data, out, err);
}

/* --tally: the mapping, the rows, two decimals; JSON that parses to the same numbers;
 * the columns overridden; every mistake a usage error. */
static void
test_tally (void)
{
  const char *join[] = { "psuv=votes:Maduro", "pcv=votes:Maduro", "mud=votes:González", "untc=votes:González", NULL };
  const char *unknown[] = { "nope=votes", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonObject *first;

  g_assert_cmpint (run_tally ("tests/tally/per-table.csv", NULL, "ESTADO", FALSE, out, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_nonnull (strstr (out->str, "ELECTORES CENTRO"));
  g_assert_nonnull (strstr (out->str, "registered/centre"));
  g_assert_nonnull (strstr (out->str, "1520   61.91 %"));
  g_assert_nonnull (strstr (out->str, "Line 11: “abc” in VOTANTES is not a number"));
  g_assert_nonnull (strstr (out->str, "ESTADO: Zulia (4)"));
  g_assert_nonnull (strstr (out->str, "could change who wins"));

  g_assert_cmpint (run_tally ("tests/tally/per-parish.csv", join, "state", TRUE, out, err), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out->str, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "used"), ==, 4);
  first = json_array_get_object_element (json_object_get_array_member (root, "candidates"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "name"), ==, "González");
  g_assert_cmpint (json_object_get_int_member (first, "votes"), ==, 62900);
  g_assert_cmpfloat (json_object_get_double_member (first, "share"), ==, 66.14);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "regions")), ==, 2);

  g_assert_cmpint (run_tally ("tests/tally/per-parish.csv", unknown, NULL, FALSE, out, err), ==, 2);
  assert_usage (err, "--column");
  g_assert_cmpint (run_tally ("tests/tally/per-parish.csv", NULL, "county", FALSE, out, err), ==, 2);
  assert_usage (err, "--by");
  g_assert_cmpint (run_tally ("tests/tally/latin1-tab.tsv", NULL, NULL, FALSE, out, err), ==, 2);
  assert_usage (err, "Line 2 is not UTF-8");
  g_assert_cmpint (run_tally ("tests/tally/nope.csv", NULL, NULL, FALSE, out, err), ==, 2);
  assert_usage (err, "--tally");
}

static void
test_save_as (void)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-save-XXXXXX", NULL);
  g_autofree char *saved = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GBytes) builtin = source_bytes ("data/venezuela-elections.json");
  const EscCommandData data = { builtin };
  const char *bad_file[] = { bad, NULL };
  g_autoptr(GFile) file = g_file_new_for_path (saved);
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_dict_insert (options, "save-as", "^ay", saved);
  g_assert_cmpint (esc_save_command (options, no_files, &data, out, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (esc_dataset_get_elections (dataset)), ==, 2);

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"escrutinio-dataset\", \"version\": 1}", -1, NULL));
  g_assert_cmpint (g_unlink (saved), ==, 0);
  g_assert_cmpint (esc_save_command (options, bad_file, &data, out, err), ==, 1);
  g_assert_nonnull (strstr (err->str, "error: $.title: "));
  g_assert_false (g_file_test (saved, G_FILE_TEST_EXISTS));

  g_string_truncate (err, 0);
  g_variant_dict_insert (options, "save-as", "^ay", dir);
  g_assert_cmpint (esc_save_command (options, no_files, &data, out, err), ==, 2);
  assert_usage (err, "--save-as");

  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_command_line (void)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const char *two_files[] = { "a.json", "b.json", NULL };
  const EscCommandData data = { NULL };

  /* No command: the application opens the files. */
  g_assert_cmpint (esc_command_line_run (options, two_files, &data, out, err), ==, -1);
  g_assert_cmpstr (err->str, ==, "");

  g_variant_dict_insert (options, "version", "b", TRUE);
  g_assert_cmpint (esc_command_line_run (options, no_files, &data, out, err), ==, 0);
  g_assert_cmpstr (out->str, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");
  g_string_truncate (out, 0);

  /* An option without its command is a mistake, not something to ignore. */
  g_variant_dict_insert (options, "format", "^as", (const char *[]) { "svg", NULL });
  g_assert_cmpint (esc_command_line_run (options, no_files, &data, out, err), ==, 2);
  assert_usage (err, "--format");
  g_string_truncate (err, 0);

  g_variant_dict_remove (options, "format");
  g_variant_dict_insert (options, "export", "^ay", "/tmp");
  g_assert_cmpint (esc_command_line_run (options, no_files, &data, out, err), ==, 2);
  assert_usage (err, "--export");
  g_assert_nonnull (strstr (err->str, "--version"));
  g_string_truncate (err, 0);

  g_variant_dict_remove (options, "version");
  g_assert_cmpint (esc_command_line_run (options, two_files, &data, out, err), ==, 2);
  assert_usage (err, "b.json");
  g_assert_cmpstr (out->str, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/commands/validate", test_validate);
  g_test_add_func ("/commands/export", test_export);
  g_test_add_func ("/commands/slides-unknown-election", test_slides_unknown_election);
  g_test_add_func ("/commands/size-and-scale", test_size_and_scale);
  g_test_add_func ("/commands/output-checks", test_output_checks);
  g_test_add_func ("/commands/command-line", test_command_line);
  g_test_add_func ("/commands/save-as", test_save_as);
  g_test_add_func ("/commands/tally", test_tally);

  return g_test_run ();
}
