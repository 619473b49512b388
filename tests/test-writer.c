/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving (esc-dataset-writer.c): a dataset loaded and saved is the same data, member for
 * member, in the same order, with its numbers as written; the model alone writes what
 * it reads; a save written twice is the same file; a save stopped midway leaves the old
 * file whole. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "esc-dataset-writer.h"
#include "esc-json-scan.h"
#include "esc-model-private.h"

static EscDataset *
load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_bytes (bytes, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static EscDataset *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* The JSON of @bytes as json-glib prints it in one line: members in their order. */
static char *
canonical (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* A byte-order mark is the loader's to skip, not json-glib's. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3;
  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  json_generator_set_root (generator, json_parser_get_root (parser));
  return json_generator_to_data (generator, NULL);
}

/* Every number written with a fraction or an exponent, by path, as written. */
static GHashTable *
number_texts (GBytes *bytes)
{
  GHashTable *texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3;
  esc_json_scan_numbers (data, length, texts);
  return texts;
}

static void
assert_same_data (GBytes     *original,
                  GBytes     *saved,
                  const char *what)
{
  g_autofree char *a = canonical (original);
  g_autofree char *b = canonical (saved);
  g_autoptr(GHashTable) texts_a = number_texts (original);
  g_autoptr(GHashTable) texts_b = number_texts (saved);
  GHashTableIter iter;
  gpointer path, text;

  if (g_strcmp0 (a, b) != 0)
    g_error ("%s: saved data differs:\n%s\n%s", what, a, b);
  g_assert_cmpuint (g_hash_table_size (texts_a), ==, g_hash_table_size (texts_b));
  g_hash_table_iter_init (&iter, texts_a);
  while (g_hash_table_iter_next (&iter, &path, &text))
    if (g_strcmp0 (text, g_hash_table_lookup (texts_b, path)) != 0)
      g_error ("%s: %s was %s, saved as %s", what, (char *) path, (char *) text,
               (char *) g_hash_table_lookup (texts_b, path));
}

/* What a file says, whatever the form: members sorted, numbers by value, colours in
 * lower case, and without what a writer from the model alone leaves out (members the
 * format does not define, a `null`, an explicit default, an empty optional list). */
static void
append_normalized (GString  *out,
                   JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = g_list_sort (json_object_get_members (object), (GCompareFunc) strcmp);

      g_string_append_c (out, '{');
      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (object, l->data);
          const char *text = JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING
                             ? json_node_get_string (member) : NULL;

          static const char *optional_lists[] = { "claimants", "notes", "regions", "reactions", NULL };

          if (g_str_has_prefix (l->data, "x-") || JSON_NODE_HOLDS_NULL (member)
              || (g_strv_contains (optional_lists, l->data) && JSON_NODE_HOLDS_ARRAY (member)
                  && json_array_get_length (json_node_get_array (member)) == 0)
              || (g_str_equal (l->data, "qualifier") && g_strcmp0 (text, "exact") == 0)
              || (g_str_equal (l->data, "title_from_editor") && !json_node_get_boolean (member)))
            continue;
          g_string_append_printf (out, "%s:", (char *) l->data);
          if (g_str_equal (l->data, "color"))
            {
              g_autofree char *lower = g_ascii_strdown (text, -1);

              g_string_append (out, lower);
            }
          else
            append_normalized (out, member);
          g_string_append_c (out, ',');
        }
      g_string_append_c (out, '}');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      g_string_append_c (out, '[');
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          append_normalized (out, json_array_get_element (array, i));
          g_string_append_c (out, ',');
        }
      g_string_append_c (out, ']');
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_autofree char *escaped = g_strescape (json_node_get_string (node), NULL);

      g_string_append_printf (out, "\"%s\"", escaped);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else
    g_string_append_printf (out, "%.17g", json_node_get_double (node));
}

static char *
normalized (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GString *out = g_string_new (NULL);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3;
  g_assert_true (json_parser_load_from_data (parser, data, length, NULL));
  append_normalized (out, json_parser_get_root (parser));
  return g_string_free (out, FALSE);
}

/* The built-in dataset, every fixture, and the writer's own cases. */
static GPtrArray *
dataset_paths (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *folders[] = { "fixtures", "writer" };

  g_ptr_array_add (paths, g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL));
  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *folder = g_test_build_filename (G_TEST_DIST, folders[f], NULL);
      g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
    }
  return paths;
}

/* Loading and saving gives the same data: every member, unknown ones too, in order,
 * with a `null`, an explicit default and each number's text as written. */
static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) paths = dataset_paths ();

  g_assert_cmpuint (paths->len, >, 10);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(EscDataset) dataset = load_path (path);
      g_autoptr(GBytes) saved = esc_dataset_to_bytes (dataset);
      g_autofree char *data = NULL;
      gsize length;
      g_autoptr(GBytes) original = NULL;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      original = g_bytes_new_take (g_steal_pointer (&data), length);
      assert_same_data (original, saved, path);
    }
}

/* Without the file it came from, the model alone writes what the file says, and a file
 * that reads back as the same model: each member the loader reads, the writer writes. */
static void
test_model_alone (void)
{
  g_autoptr(GPtrArray) paths = dataset_paths ();

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(EscDataset) dataset = load_path (g_ptr_array_index (paths, i));
      g_autoptr(GBytes) first = NULL;
      g_autoptr(GBytes) second = NULL;
      g_autoptr(EscDataset) again = NULL;
      g_autofree char *said = normalized (dataset->original);
      g_autofree char *written = NULL;

      g_clear_pointer (&dataset->original, g_bytes_unref);
      first = esc_dataset_to_bytes (dataset);
      written = normalized (first);
      if (g_strcmp0 (said, written) != 0)
        g_error ("%s: the model alone writes other data:\n%s\n%s", (char *) g_ptr_array_index (paths, i), said, written);
      again = load_bytes (first);
      g_clear_pointer (&again->original, g_bytes_unref);
      second = esc_dataset_to_bytes (again);
      if (!g_bytes_equal (first, second))
        g_error ("%s: the model alone does not write what it reads:\n%s\n%s", (char *) g_ptr_array_index (paths, i),
                 (char *) g_bytes_get_data (first, NULL), (char *) g_bytes_get_data (second, NULL));
    }
}

/* Unknown members are kept where they were, numbers as written. */
static void
test_kept (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "writer", "kept.json", NULL);
  g_autoptr(EscDataset) dataset = load_path (path);
  g_autoptr(GBytes) saved = esc_dataset_to_bytes (dataset);
  const char *text = g_bytes_get_data (saved, NULL);

  g_assert_nonnull (strstr (text, "\"tabs\" : [\n      1,\n      2.50,\n      1e3\n    ]"));
  g_assert_nonnull (strstr (text, "\"value\" : 5.997e1"));
  g_assert_nonnull (strstr (text, "\"value\" : 28.0"));
  g_assert_nonnull (strstr (text, "\"counted\" : 80.00"));
  g_assert_nonnull (strstr (text, "\"color\" : \"#C8102E\""));
  g_assert_nonnull (strstr (text, "\"x-office\" : \"Caracas\""));
  g_assert_nonnull (strstr (text, "\"note\" : null"));
  g_assert_true (g_str_has_prefix (text, "{\n  \"version\" : 1,\n  \"format\""));
}

static GBytes *
read_file (const char *path)
{
  char *data;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

/* A save writes over the file it saved, not the one first read: saved twice, a
 * dataset is the same file, and that file is its data. */
static void
test_save_twice (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL);
  g_autofree char *folder = g_dir_make_tmp ("escrutinio-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EscDataset) dataset = load_path (source);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) original = read_file (source);
  g_autoptr(GError) error = NULL;

  g_assert_true (esc_dataset_save (dataset, file, NULL, &error));
  g_assert_no_error (error);
  first = read_file (path);
  g_assert_true (esc_dataset_save (dataset, file, NULL, &error));
  second = read_file (path);
  g_assert_true (g_bytes_equal (first, second));
  assert_same_data (original, second, path);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Stopped after the first 100 bytes of the new file, a save leaves the old one whole. */
static void
save_and_abort (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("ESC_TEST_SAVE_PATH"));
  g_autoptr(EscDataset) dataset = load_path (source);

  g_setenv ("ESC_TEST_ABORT_SAVE_AFTER", "100", TRUE);
  esc_dataset_save (dataset, file, NULL, NULL);
}

static void
test_interrupted (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kept = g_test_build_filename (G_TEST_DIST, "writer", "kept.json", NULL);
  g_autoptr(GBytes) before = read_file (kept);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(EscDataset) reloaded = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_test_subprocess ())
    {
      save_and_abort ();
      return;
    }
  folder = g_dir_make_tmp ("escrutinio-writer-XXXXXX", NULL);
  path = g_build_filename (folder, "saved.json", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (before, NULL), g_bytes_get_size (before), NULL));
  g_setenv ("ESC_TEST_SAVE_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();

  after = read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  reloaded = load_path (path);
  g_assert_nonnull (reloaded);
  /* The unfinished new file is left beside it, never in its place. */
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *other = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_unlink (other), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/writer/round-trip", test_round_trip);
  g_test_add_func ("/writer/model-alone", test_model_alone);
  g_test_add_func ("/writer/kept", test_kept);
  g_test_add_func ("/writer/save-twice", test_save_twice);
  g_test_add_func ("/writer/interrupted", test_interrupted);

  return g_test_run ();
}
