/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Responsiveness of the real window on a big dataset, under the display the caller
 * gives (run-benchmarks.sh uses Xvfb):
 * - the longest main-loop gap while the dataset loads and is shown (target < 33 ms, two
 *   frames at 60 Hz);
 * - from a request to the painted frame, for switching elections and views and for a
 *   search across all articles (target < 100 ms).
 *
 *   bench-ui DATASET
 *
 * A gap is measured with a 1 ms timeout at high priority: the longest time between two
 * of its runs, less the millisecond it waits anyway. BENCH_UI_GAPS=MS prints each gap
 * and each frame longer than MS, from the load on, to find where they come from. */
#include "config.h"

#include <stdio.h>

#include "esc-application.h"
#include "esc-election-menu.h"
#include "esc-reactions-page.h"
#include "esc-sources-page.h"
#include "esc-window.h"

static gint64 last_tick, longest_gap;
static gint64 last_paint, frame_start, trace_start;
static gint64 trace_over = -1;

static gboolean
tick (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0)
    {
      longest_gap = MAX (longest_gap, now - last_tick - 1000);
      if (trace_over >= 0 && now - last_tick - 1000 > trace_over)
        fprintf (stderr, "gap   %6.0f ms at %6.0f ms\n", (now - last_tick - 1000) / 1000.0, (last_tick - trace_start) / 1000.0);
    }
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
on_before_paint (GdkFrameClock *clock)
{
  frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock)
{
  last_paint = g_get_monotonic_time ();
  if (trace_over >= 0 && trace_start != 0 && last_paint - frame_start > trace_over)
    fprintf (stderr, "frame %6.0f ms at %6.0f ms\n", (last_paint - frame_start) / 1000.0, (frame_start - trace_start) / 1000.0);
}

static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Milliseconds from now until the window has painted a frame after @request ran. */
static double
time_to_paint (GtkWidget *window,
               void     (*request) (GtkWidget *, gpointer),
               gpointer   data)
{
  gint64 start = g_get_monotonic_time ();

  last_paint = 0;
  request (window, data);
  gtk_widget_queue_draw (window);
  while (last_paint == 0)
    g_main_context_iteration (NULL, TRUE);
  return (last_paint - start) / 1000.0;
}

/* The first widget below @root, depth first, that @matches. */
static GtkWidget *
find (GtkWidget  *root,
      gboolean  (*matches) (GtkWidget *, gconstpointer),
      gconstpointer data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (matches (child, data))
        return child;
      if ((found = find (child, matches, data)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  return find (root, is_of_type, GSIZE_TO_POINTER (type));
}

/* Whether @widget is the list view showing @model (drop-downs hold list views too). */
static gboolean
shows_model (GtkWidget     *widget,
             gconstpointer  model)
{
  GtkSelectionModel *shown = GTK_IS_LIST_VIEW (widget) ? gtk_list_view_get_model (GTK_LIST_VIEW (widget)) : NULL;

  return shown != NULL && ((gconstpointer) shown == model
                           || (GTK_IS_SINGLE_SELECTION (shown)
                               && (gconstpointer) gtk_single_selection_get_model (GTK_SINGLE_SELECTION (shown)) == model));
}

static GtkWidget *
find_list (GtkWidget  *root,
           GListModel *model)
{
  return find (root, shows_model, model);
}

static void
select_election (GtkWidget *window,
                 gpointer   index)
{
  esc_election_menu_set_selected (ESC_ELECTION_MENU (find_widget (window, ESC_TYPE_ELECTION_MENU)),
                                  GPOINTER_TO_UINT (index));
}

static void
show_view (GtkWidget *window,
           gpointer   view)
{
  esc_window_set_visible_view (ESC_WINDOW (window), view);
}

static void
search_all (GtkWidget *window,
            gpointer   text)
{
  /* The Sources page's search over all articles: the first search entry on that page. */
  GtkWidget *entry = find_widget (find_widget (window, ESC_TYPE_SOURCES_PAGE), GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* Search entries wait 150 ms for more typing, unless Enter is pressed; the wait is
   * not the app's work. */
  g_signal_emit_by_name (find_widget (entry, GTK_TYPE_TEXT), "activate");
}

/* Not MAX (): that would run a timed step twice. */
static double
worst_of (double a,
          double b)
{
  return a > b ? a : b;
}

static void
report (const char *what,
        double      ms,
        double      target)
{
  printf ("| %s | %.0f ms | %s %.0f ms |\n", what, ms, ms <= target ? "≤" : "> target", target);
}

static void
scroll_page (GtkWidget *window,
             gpointer   adjustment)
{
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment));
}

/* Page Down through a list: the worst frame, a page at a time. */
static void
report_scrolling (EscWindow  *window,
                  const char *what,
                  GtkWidget  *list)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  g_autofree char *label = NULL;
  double worst = 0;
  guint pages = 0;

  gtk_adjustment_set_value (adjustment, 0);
  iterate_for (100);
  while (pages < 60 && gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment)
                       < gtk_adjustment_get_upper (adjustment))
    {
      worst = worst_of (worst, time_to_paint (GTK_WIDGET (window), scroll_page, adjustment));
      pages++;
    }
  label = g_strdup_printf ("scroll the %s list, %u rows, a page at a time (worst of %u)", what,
                           g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))), pages);
  report (label, worst, 100);
}

static void
run (EscWindow  *window,
     const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  EscDataset *before = esc_window_get_dataset (window);
  GListModel *elections;
  gint64 start;
  double worst = 0;

  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "before-paint",
                    G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  if (g_getenv ("BENCH_UI_GAPS") != NULL)
    trace_over = 1000 * g_ascii_strtoll (g_getenv ("BENCH_UI_GAPS"), NULL, 10);
  iterate_for (500);

  printf ("| step | measured | target |\n| --- | --- | --- |\n");
  start = trace_start = g_get_monotonic_time ();
  last_tick = longest_gap = 0;
  g_timeout_add_full (G_PRIORITY_HIGH, 1, tick, NULL, NULL);
  esc_window_open_file (window, file);
  while (esc_window_get_dataset (window) == before)
    g_main_context_iteration (NULL, TRUE);
  if (trace_over >= 0)
    fprintf (stderr, "shown        at %6.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  last_paint = 0;
  while (last_paint == 0)
    g_main_context_iteration (NULL, TRUE);
  printf ("| load and show (wall) | %.0f ms | |\n", (last_paint - start) / 1000.0);
  iterate_for (300);
  report ("longest main-loop gap while loading and showing", longest_gap / 1000.0, 33);

  elections = esc_dataset_get_elections (esc_window_get_dataset (window));
  for (guint i = 1; i < MIN (g_list_model_get_n_items (elections), 12); i++)
    worst = worst_of (worst, time_to_paint (GTK_WIDGET (window), select_election, GUINT_TO_POINTER (i)));
  report ("switch election, Results (worst of 11)", worst, 100);

  worst = 0;
  for (guint i = 0; i < 3; i++)
    {
      static const char *views[] = { "reactions", "sources", "results" };

      double ms = time_to_paint (GTK_WIDGET (window), show_view, (gpointer) views[i]);

      printf ("| show %s | %.0f ms | |\n", views[i], ms);
      worst = worst_of (worst, ms);
    }
  report ("switch view (worst)", worst, 100);

  show_view (GTK_WIDGET (window), "reactions");
  worst = 0;
  for (guint i = 1; i < 6; i++)
    worst = worst_of (worst, time_to_paint (GTK_WIDGET (window), select_election, GUINT_TO_POINTER (i)));
  report ("switch election, Reactions (worst of 5)", worst, 100);

  show_view (GTK_WIDGET (window), "sources");
  report ("search all articles for “minister”", time_to_paint (GTK_WIDGET (window), search_all, "minister"), 100);
  report ("clear the search", time_to_paint (GTK_WIDGET (window), search_all, ""), 100);
  report_scrolling (window, "articles",
                    find_list (GTK_WIDGET (window),
                               esc_sources_page_get_articles (ESC_SOURCES_PAGE (find_widget (GTK_WIDGET (window), ESC_TYPE_SOURCES_PAGE)))));
  show_view (GTK_WIDGET (window), "reactions");
  report_scrolling (window, "reactions",
                    find_list (GTK_WIDGET (window),
                               esc_reactions_page_get_rows (ESC_REACTIONS_PAGE (find_widget (GTK_WIDGET (window), ESC_TYPE_REACTIONS_PAGE)))));
}

static void
on_activate (GApplication *app,
             const char   *path)
{
  EscWindow *window = ESC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  run (window, path);
  g_application_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EscApplication) app = NULL;

  if (argc != 2)
    {
      g_printerr ("Usage: %s DATASET\n", argv[0]);
      return 2;
    }
  app = esc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), argv[1]);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
