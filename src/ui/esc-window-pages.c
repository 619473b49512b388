/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's pages kept in step with the election on show: the Results page's chart
 * cards, added one at a time, and the hidden pages, filled only when shown. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-card.h"
#include "esc-drawn-view.h"
#include "esc-reactions-page.h"
#include "esc-sources-page.h"
#include "esc-window-private.h"

/* One card comes at once and the rest follow from an idle, one at a time, so that an
 * election with dozens of charts paints at once and the frame that shows a new
 * election lays out one card, not three (on the 46 MB benchmark, 30-45 ms against
 * 40-60 ms under cairo). A new window's first frame has none: it shows the window, the
 * election's title and summary as soon as a bare window would, and the cards come in
 * the frame after it. */
#define CARDS_AT_ONCE 1
#define CARDS_PER_IDLE 1

void
esc_window_stop_adding_cards (EscWindow *self)
{
  g_clear_handle_id (&self->cards_source, g_source_remove);
  g_clear_pointer (&self->pending_charts, g_ptr_array_unref);
}

/* Adds up to @count of the cards still to add; the pending charts go with the last. */
static void
add_cards (EscWindow *self,
           guint      count)
{
  for (; count > 0 && self->pending_index < self->pending_charts->len; count--)
    gtk_box_append (self->cards_box,
                    esc_chart_card_new (g_ptr_array_index (self->pending_charts, self->pending_index++)));
  if (self->pending_index == self->pending_charts->len)
    g_clear_pointer (&self->pending_charts, g_ptr_array_unref);
}

static gboolean
add_cards_later (gpointer user_data)
{
  EscWindow *self = user_data;

  add_cards (self, CARDS_PER_IDLE);
  if (self->pending_charts != NULL)
    return G_SOURCE_CONTINUE;
  self->cards_source = 0;
  return G_SOURCE_REMOVE;
}

static void
start_adding_cards (EscWindow *self)
{
  add_cards (self, CARDS_AT_ONCE);
  if (self->pending_charts != NULL)
    self->cards_source = g_idle_add (add_cards_later, self);
}

static gboolean
add_cards_in_tick (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  EscWindow *self = ESC_WINDOW (widget);

  if (self->pending_charts != NULL && self->cards_source == 0)
    start_adding_cards (self);
  return G_SOURCE_REMOVE;
}

/* The cards are added at the start of the next frame (a tick runs in its update phase,
 * before its layout), so that the frame after the first has them; not in this handler,
 * which would hold the first frame's end back. A tick, unlike a handler on the clock,
 * waits for the window if it is unrealized in between. */
static void
on_first_paint (GdkFrameClock *clock,
                EscWindow     *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  self->painted = TRUE;
  if (self->pending_charts != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), add_cards_in_tick, NULL, NULL);
}

static void
on_realize (EscWindow *self)
{
  if (!self->painted)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (on_first_paint), self, 0);
}

void
esc_window_pages_init (EscWindow *self)
{
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
}

/* @election NULL only empties the page. */
static void
show_charts (EscWindow   *self,
             EscElection *election)
{
  g_autoptr(GPtrArray) charts = NULL;
  GtkWidget *child;

  esc_window_stop_adding_cards (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box))) != NULL)
    gtk_box_remove (self->cards_box, child);
  if (election == NULL)
    return;

  charts = esc_charts_for_election (election);
  self->pending_charts = g_ptr_array_ref (charts);
  self->pending_index = 0;
  if (self->painted)
    start_adding_cards (self);

  if (charts->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("The dataset has no figures to chart for this election."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->cards_box, label);
    }
}

/* Hidden pages take a new election or dataset only when shown: on big datasets, filling
 * them all made every switch and every load stall the window. Until then they are
 * emptied, so that none keeps an old dataset alive. */
void
esc_window_update_visible_page (EscWindow *self)
{
  const char *view = esc_window_get_visible_view (self);
  EscElection *election = esc_window_selected_election (self);

  if (election == NULL)
    return;

  if (self->stale_pages & STALE_RESULTS)
    {
      if (g_strcmp0 (view, "results") == 0)
        self->stale_pages &= ~STALE_RESULTS;
      show_charts (self, self->stale_pages & STALE_RESULTS ? NULL : election);
    }
  if (self->stale_pages & STALE_REACTIONS)
    {
      if (g_strcmp0 (view, "reactions") == 0)
        self->stale_pages &= ~STALE_REACTIONS;
      esc_reactions_page_set_election (self->reactions_page, self->stale_pages & STALE_REACTIONS ? NULL : election);
    }
  if (self->stale_pages & STALE_TABLE)
    {
      if (g_strcmp0 (view, "table") == 0)
        self->stale_pages &= ~STALE_TABLE;
      esc_items_table_set_items (self->items_table, self->stale_pages & STALE_TABLE ? NULL : self->dataset,
                                 self->stale_pages & STALE_TABLE ? NULL : election);
    }
  if (self->stale_pages & STALE_SOURCES)
    {
      if (g_strcmp0 (view, "sources") == 0)
        self->stale_pages &= ~STALE_SOURCES;
      esc_sources_page_set_dataset (self->sources_page, self->stale_pages & STALE_SOURCES ? NULL : self->dataset);
    }
}

/* Whether chart mark @mark shows what @cited_by (a claim or a region) states: a region
 * has a seat of its own. */
static gboolean
mark_shows (const EscChartMark *mark,
            GObject            *cited_by)
{
  return g_ptr_array_find (mark->claims, cited_by, NULL) || g_ptr_array_find (mark->regions, cited_by, NULL);
}

/* Puts the keyboard focus on the chart mark that shows @cited_by, with its quotes open. */
void
esc_window_show_chart_mark (EscWindow *self,
                            GObject   *cited_by)
{
  /* The mark may be on a card still waiting to be added. */
  if (self->pending_charts != NULL)
    {
      add_cards (self, G_MAXUINT);
      esc_window_stop_adding_cards (self);
    }
  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       card != NULL; card = gtk_widget_get_next_sibling (card))
    {
      EscChart *chart;

      if (!ESC_IS_CHART_CARD (card))
        continue;
      chart = esc_chart_card_get_chart (ESC_CHART_CARD (card));
      for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
        if (mark_shows (esc_chart_get_mark (chart, m), cited_by))
          {
            GtkWidget *view = esc_chart_card_get_view (ESC_CHART_CARD (card));

            gtk_widget_grab_focus (view);
            esc_drawn_view_set_focused_item (ESC_DRAWN_VIEW (view), m);
            esc_chart_card_show_quotes (ESC_CHART_CARD (card), m);
            return;
          }
      /* A figure drawn without a mark of its own (the offices at stake, the total of a
       * seat chart): its card. */
      if (g_ptr_array_find (esc_chart_get_claims (chart), cited_by, NULL))
        {
          gtk_widget_grab_focus (esc_chart_card_get_view (ESC_CHART_CARD (card)));
          return;
        }
    }
}
