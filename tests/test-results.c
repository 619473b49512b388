/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Results view as a user meets it: the pointer over a mark, a click, the keyboard. */
#include "config.h"

#include <string.h>

#include "esc-chart-card.h"
#include "esc-claim.h"
#include "esc-region.h"
#include "esc-drawn-view.h"
#include "esc-ui-test.h"

typedef struct {
  GtkWidget *root;
  const char *text;
} Find;

static gboolean
shows_text (gpointer data)
{
  Find *find = data;
  GtkWidget *label = esc_ui_test_find (find->root, esc_ui_test_label_contains, find->text);

  return label != NULL && gtk_widget_get_mapped (label);
}

static void
wait_for_text (GtkWidget  *root,
               const char *text)
{
  Find find = { root, text };

  esc_ui_test_wait_until (shows_text, &find, text);
}

/* Points at @x, @y of @widget and waits for @text (a tooltip's) under @root. */
static void
hover_for_text (GtkWidget  *widget,
                double      x,
                double      y,
                GtkWidget  *root,
                const char *text)
{
  Find find = { root, text };

  esc_ui_test_hover (widget, x, y, shows_text, &find, text);
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* Escape closes the quotes, as a user would. */
static void
close_popover (EscChartCard *card)
{
  GtkWidget *popover = esc_ui_test_find_widget (GTK_WIDGET (card), GTK_TYPE_POPOVER);

  g_assert_nonnull (popover);
  esc_ui_test_press_keys (GTK_WIDGET (card), "Escape");
  esc_ui_test_wait_until (is_unmapped, popover, "Escape to close the quotes");
}

static EscChartCard *
first_card (EscWindow *window)
{
  GtkWidget *card = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_CHART_CARD);

  g_assert_nonnull (card);
  esc_ui_test_wait_mapped (card);
  return ESC_CHART_CARD (card);
}

static const char *
first_quote (EscChart *chart,
             guint     mark)
{
  const EscChartMark *m = esc_chart_get_mark (chart, mark);
  EscClaim *claim = g_ptr_array_index (m->claims, 0);

  return esc_source_get_quote (g_ptr_array_index (esc_claim_get_sources (claim), 0));
}

static void
check_pointer (EscApplication *app,
               EscWindow      *window,
               gpointer        user_data)
{
  EscChartCard *card = first_card (window);
  EscDrawnView *view = ESC_DRAWN_VIEW (esc_chart_card_get_view (card));
  EscChart *chart = esc_chart_card_get_chart (card);
  g_autofree char *tooltip = esc_drawing_describe_item (esc_drawn_view_get_drawing (view), 0);
  g_auto(GStrv) tooltip_lines = g_strsplit (tooltip, "\n", -1);
  GdkRectangle bounds;
  GType tooltip_type;

  g_assert_cmpint (esc_chart_get_kind (chart), ==, ESC_CHART_SEATS);
  /* Where the mark is once the window manager has placed and sized the window. */
  esc_ui_test_wait_settled (GTK_WIDGET (view));
  g_assert_true (esc_drawn_view_get_item_bounds (view, 0, &bounds));

  /* Hover: the tooltip names the group, its figure and where it comes from. */
  hover_for_text (GTK_WIDGET (view), bounds.x + bounds.width / 2.0, bounds.y + bounds.height / 2.0,
                  GTK_WIDGET (window), tooltip_lines[0]);
  tooltip_type = g_type_from_name ("GtkTooltipWindow");
  g_assert_true (tooltip_type != 0);
  g_assert_nonnull (strstr (tooltip, "Source: "));
  g_assert_nonnull (esc_ui_test_find_widget (GTK_WIDGET (window), tooltip_type));

  /* Click: the exact words behind the figure. */
  esc_ui_test_run_command ("xdotool click 1");
  wait_for_text (GTK_WIDGET (card), first_quote (chart, 0));
  g_assert_cmpint (esc_drawn_view_get_focused_item (view), ==, 0);

  close_popover (card);
}

static void
test_pointer (void)
{
  esc_ui_test_run_app (check_pointer, NULL);
}

static gboolean
has_focus (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

static gboolean
focused_mark_is_one (gpointer view)
{
  return esc_drawn_view_get_focused_item (view) == 1;
}

static void
check_keyboard (EscApplication *app,
                EscWindow      *window,
                gpointer        user_data)
{
  EscChartCard *card = first_card (window);
  EscDrawnView *view = ESC_DRAWN_VIEW (esc_chart_card_get_view (card));
  EscChart *chart = esc_chart_card_get_chart (card);
  g_autofree char *description = esc_chart_describe (chart);

  /* A screen reader gets the chart's title and every figure in words. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, esc_chart_get_title (chart));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_nonnull (strstr (description, "18"));

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  esc_ui_test_wait_until (has_focus, view, "the chart to take the focus");

  esc_ui_test_press_keys (GTK_WIDGET (view), "Right");
  esc_ui_test_wait_until (focused_mark_is_one, view, "Right to move to the next mark");
  esc_ui_test_press_keys (GTK_WIDGET (view), "Return");
  wait_for_text (GTK_WIDGET (card), first_quote (chart, 1));
  close_popover (card);
}

static void
test_keyboard (void)
{
  esc_ui_test_run_app (check_keyboard, NULL);
}

static gboolean
is_regions_card (GtkWidget    *widget,
                 gconstpointer data)
{
  return ESC_IS_CHART_CARD (widget)
         && esc_chart_get_kind (esc_chart_card_get_chart (ESC_CHART_CARD (widget))) == ESC_CHART_REGIONS;
}

static gboolean
has_regions_card (gpointer window)
{
  return esc_ui_test_find (window, is_regions_card, NULL) != NULL;
}

static const char *
region_quote (EscChart *chart,
              guint     mark)
{
  EscRegion *region = g_ptr_array_index (esc_chart_get_mark (chart, mark)->regions, 0);

  return esc_source_get_quote (g_ptr_array_index (esc_region_get_sources (region), 0));
}

static gboolean
focused_item_is_one (gpointer view)
{
  return esc_drawn_view_get_focused_item (view) == 1;
}

/* Scrolls the page so that item @item of @view is in the middle of the window: the map
 * can be taller than the window. */
static void
scroll_to_item (EscDrawnView *view,
                guint         item)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GdkRectangle bounds;
  graphene_point_t in_view, in_page;

  esc_ui_test_wait_settled (GTK_WIDGET (view));
  g_assert_true (esc_drawn_view_get_item_bounds (view, item, &bounds));
  in_view = GRAPHENE_POINT_INIT (0, bounds.y + bounds.height / 2.0);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &in_view, &in_page));
  gtk_adjustment_set_value (adjustment, in_page.y - gtk_adjustment_get_page_size (adjustment) / 2);
  esc_ui_test_wait_settled (GTK_WIDGET (view));
}

/* The map of regions behaves like every chart: a screen reader hears the regions by
 * outcome; the keyboard walks them in reading order and Enter gives the quotes; the
 * pointer finds a region where it is drawn, its tooltip names it and its result, and a
 * click gives its quotes. */
static void
check_regions_map (EscApplication *app,
                   EscWindow      *window,
                   gpointer        user_data)
{
  EscChartCard *card;
  EscDrawnView *view;
  EscChart *chart;
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;
  g_auto(GStrv) tooltip_lines = NULL;
  double x, y;

  esc_ui_test_wait_until (has_regions_card, window, "the map of regions on Results");
  card = ESC_CHART_CARD (esc_ui_test_find (GTK_WIDGET (window), is_regions_card, NULL));
  view = ESC_DRAWN_VIEW (esc_chart_card_get_view (card));
  chart = esc_chart_card_get_chart (card);
  description = esc_chart_describe (chart);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, esc_chart_get_title (chart));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_nonnull (strstr (description, "Pending: Barinas, Apure"));

  scroll_to_item (view, 0);
  g_assert_true (esc_ui_test_item_point (view, 0, &x, &y));
  tooltip = esc_drawing_describe_item (ESC_DRAWING (chart), 0);
  tooltip_lines = g_strsplit (tooltip, "\n", -1);
  g_assert_nonnull (strstr (tooltip_lines[0], esc_chart_get_mark (chart, 0)->label));
  hover_for_text (GTK_WIDGET (view), x, y, GTK_WIDGET (window), tooltip_lines[0]);
  esc_ui_test_run_command ("xdotool click 1");
  wait_for_text (GTK_WIDGET (card), region_quote (chart, 0));
  g_assert_cmpint (esc_drawn_view_get_focused_item (view), ==, 0);
  close_popover (card);

  /* Taking the focus scrolls the card into view. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  esc_ui_test_wait_until (has_focus, view, "the map to take the focus");
  esc_ui_test_press_keys (GTK_WIDGET (view), "Right");
  esc_ui_test_wait_until (focused_item_is_one, view, "Right to move to the next region");
  esc_ui_test_press_keys (GTK_WIDGET (view), "Return");
  wait_for_text (GTK_WIDGET (card), region_quote (chart, 1));
  close_popover (card);
}

static void
test_regions_map (void)
{
  esc_ui_test_run_app (check_regions_map, NULL);
}

typedef struct {
  gboolean done;
  GdkTexture *texture;
} TextureRead;

static void
on_texture_read (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TextureRead *read = user_data;

  read->texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  read->done = TRUE;
}

static gboolean
texture_read (gpointer data)
{
  return ((TextureRead *) data)->done;
}

/* Copy Image puts the card on the clipboard as a picture, at twice its size on screen. */
static void
check_copy (EscApplication *app,
            EscWindow      *window,
            gpointer        user_data)
{
  EscChartCard *card = first_card (window);
  TextureRead read = { 0 };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "card.copy", NULL));
  gdk_clipboard_read_texture_async (gtk_widget_get_clipboard (GTK_WIDGET (card)), NULL, on_texture_read, &read);
  esc_ui_test_wait_until (texture_read, &read, "the image on the clipboard");
  g_assert_nonnull (read.texture);
  g_assert_cmpint (gdk_texture_get_width (read.texture), ==, 2 * MAX (gtk_widget_get_width (GTK_WIDGET (card)), 400));
  g_assert_cmpint (gdk_texture_get_height (read.texture), ==, 2 * MAX (gtk_widget_get_height (GTK_WIDGET (card)), 240));
  g_object_unref (read.texture);
}

static void
test_copy (void)
{
  esc_ui_test_run_app (check_copy, NULL);
}

int
main (int   argc,
      char *argv[])
{
  esc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/results/pointer", test_pointer);
  g_test_add_func ("/ui/results/keyboard", test_keyboard);
  g_test_add_func ("/ui/results/copy", test_copy);
  g_test_add_func ("/ui/results/regions-map", test_regions_map);

  return g_test_run ();
}
