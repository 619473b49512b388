/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The presentation of each election of the default dataset: its slides, the PDF they
 * make (read back with poppler's pdfinfo and pdftotext) and the PNG images. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "esc-dataset.h"
#include "esc-election.h"
#include "esc-slides.h"

static EscDataset *
load_default (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Every run of white space as one space: pdftotext breaks lines where the slide wraps. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
    else if (out->len > 0 && out->str[out->len - 1] != ' ')
      g_string_append_c (out, ' ');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_pdf (void)
{
  g_autoptr(EscDataset) dataset = load_default ();
  GListModel *elections = esc_dataset_get_elections (dataset);
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-slides-XXXXXX", NULL);
  EscChartStyle style;

  esc_slide_style_init (&style, FALSE);
  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, e);
      g_autoptr(GPtrArray) slides = esc_slides_for_election (election);
      g_autofree char *path = g_build_filename (dir, "slides.pdf", NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *info = NULL, *text = NULL, *flat = NULL, *pages = NULL;
      guint n_quotes = 0;

      /* Title, every chart, the map, every quoted reaction. */
      for (guint r = 0; r < esc_election_get_reactions (election)->len; r++)
        n_quotes += esc_reaction_get_quote (g_ptr_array_index (esc_election_get_reactions (election), r)) != NULL;
      {
        g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
        gboolean map = esc_election_get_reactions (election)->len > 0;

        g_assert_cmpuint (slides->len, ==, 1 + charts->len + (map ? 1 : 0) + n_quotes);
        g_assert_cmpuint (n_quotes, >, 0);
      }

      g_assert_true (esc_slides_export_pdf (slides, &style, path, &error));
      g_assert_no_error (error);

      info = run ((const char *[]) { "pdfinfo", path, NULL });
      pages = g_strdup_printf ("Pages:           %u\n", slides->len);
      g_assert_nonnull (strstr (info, pages));
      g_assert_nonnull (strstr (info, "Page size:       960 x 540 pts"));

      text = run ((const char *[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
      flat = squeeze (text);
      for (guint i = 0; i < slides->len; i++)
        {
          g_autofree char *title = esc_slide_get_title (g_ptr_array_index (slides, i));
          g_autofree char *sources = esc_slide_get_sources (g_ptr_array_index (slides, i));
          g_autofree char *title_flat = squeeze (title);
          g_autofree char *sources_flat = squeeze (sources);

          g_assert_nonnull (strstr (flat, title_flat));
          g_assert_nonnull (strstr (flat, sources_flat));
        }
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* PNG slides at the size asked, one file each, numbered in order. */
static void
test_png (void)
{
  g_autoptr(EscDataset) dataset = load_default ();
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), 1);
  g_autoptr(GPtrArray) slides = esc_slides_for_election (election);
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-slides-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  EscChartStyle style;

  esc_slide_style_init (&style, TRUE);
  g_assert_true (esc_slides_export_png (slides, &style, 1280, 720, dir, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < slides->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("slide-%02u.png", i + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      cairo_surface_t *image = cairo_image_surface_create_from_png (path);

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1280);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, 720);
      cairo_surface_destroy (image);
      g_unlink (path);
    }
  g_rmdir (dir);

  /* A folder that cannot be written to is an error, not a crash. */
  g_assert_false (esc_slides_export_png (slides, &style, 1280, 720, "/nonexistent/dir", &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slides/pdf", test_pdf);
  g_test_add_func ("/slides/png", test_png);

  return g_test_run ();
}
