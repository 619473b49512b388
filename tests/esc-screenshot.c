/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Renders the running application's window to a PNG, through GTK's own renderer, so
 * README and metainfo screenshots show the real app. Run it under tests/run-ui-test.sh;
 * tools/take-screenshots.sh does. */
#include "config.h"

#include <stdlib.h>

#include "esc-claim.h"
#include "esc-reaction.h"
#include "esc-election-menu.h"
#include "esc-ui-test.h"

static char *view = NULL;
static char *output = NULL;
static int width = 1000;
static int height = 700;
static gboolean dark = FALSE;
static int election_index = 0;
static char *passage_of = NULL;
static gboolean rtl = FALSE;
static char *dataset_path = NULL;

static const GOptionEntry entries[] = {
  { "view", 0, 0, G_OPTION_ARG_STRING, &view, "View to show (results, reactions, sources)", "NAME" },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PIXELS" },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PIXELS" },
  { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Use the dark style", NULL },
  { "rtl", 0, 0, G_OPTION_ARG_NONE, &rtl, "Lay out right to left, as for Arabic or Hebrew", NULL },
  { "election", 0, 0, G_OPTION_ARG_INT, &election_index, "Which election of the dataset", "INDEX" },
  { "passage-of", 0, 0, G_OPTION_ARG_STRING, &passage_of, "Open the reader on the passage of this claim or reaction", "ID" },
  { "dataset", 0, 0, G_OPTION_ARG_FILENAME, &dataset_path, "Open this dataset instead of the built-in one", "FILE" },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "PNG file to write", "FILE" },
  { NULL }
};

static void
save_window (GtkWidget  *window,
             const char *path)
{
  int w = gtk_widget_get_width (window);
  int h = gtk_widget_get_height (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s: %d×%d\n", path, w, h);
}

/* The sources of the claim or reaction @id of @election, or NULL. */
static GPtrArray *
sources_of (EscElection *election,
            const char  *id)
{
  GPtrArray *claims = esc_election_get_claims (election);
  GPtrArray *reactions = esc_election_get_reactions (election);

  for (guint i = 0; i < claims->len; i++)
    if (g_strcmp0 (esc_claim_get_id (g_ptr_array_index (claims, i)), id) == 0)
      return esc_claim_get_sources (g_ptr_array_index (claims, i));
  for (guint i = 0; i < reactions->len; i++)
    if (g_strcmp0 (esc_reaction_get_id (g_ptr_array_index (reactions, i)), id) == 0)
      return esc_reaction_get_sources (g_ptr_array_index (reactions, i));
  return NULL;
}

static void
show_passage (EscWindow *window)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (esc_window_get_dataset (window)),
                                                           election_index);
  GPtrArray *sources = sources_of (election, passage_of);

  if (sources == NULL)
    g_error ("No claim or reaction “%s” in election %d", passage_of, election_index);
  esc_window_show_sources (window, sources, 0);
}

static gboolean
shows_file (gpointer data)
{
  return esc_window_get_file (ESC_WINDOW (data)) != NULL;
}

static void
take (EscApplication *app,
      EscWindow      *window,
      gpointer        user_data)
{
  if (dataset_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (dataset_path);

      esc_window_open_file (window, file);
      esc_ui_test_wait_until (shows_file, window, dataset_path);
    }
  if (view != NULL)
    esc_window_set_visible_view (window, view);
  if (election_index > 0)
    esc_election_menu_set_selected (ESC_ELECTION_MENU (esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_ELECTION_MENU)),
                                    election_index);
  if (passage_of != NULL)
    {
      esc_ui_test_wait_settled (GTK_WIDGET (window));
      show_passage (window);
    }
  esc_ui_test_wait_settled (GTK_WIDGET (window));
  save_window (GTK_WIDGET (window), output);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- screenshot the Escrutinio window");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--output is required");
      return EXIT_FAILURE;
    }

  esc_ui_test_init (&argc, &argv);

  /* The window opens at the size it was last closed at: set that. */
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  if (rtl)
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  esc_ui_test_run_app (take, NULL);
  return EXIT_SUCCESS;
}
