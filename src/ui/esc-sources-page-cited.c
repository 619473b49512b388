/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's cited passages: what each supports (the tooltip), and following one by
 * a click or the keyboard to the chart mark or reaction it states. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-claim.h"
#include "esc-highlights.h"
#include "esc-reaction.h"
#include "esc-region.h"
#include "esc-sources-page-private.h"

static const EscHighlight *
highlight_at (EscSourcesPage *self,
              int             offset)
{
  for (guint i = 0; self->highlights != NULL && i < self->highlights->len; i++)
    {
      const EscHighlight *h = &g_array_index (self->highlights, EscHighlight, i);

      if ((int) h->start <= offset && offset < (int) h->end)
        return h;
    }
  return NULL;
}

static char *
describe_cited (const EscHighlight *h)
{
  const char *election = esc_localized_text_get (esc_election_get_title (h->election));

  if (ESC_IS_CLAIM (h->cited_by))
    {
      EscClaim *claim = ESC_CLAIM (h->cited_by);
      g_autofree char *measure = esc_text_measure (esc_claim_get_measure (claim), esc_claim_get_subject (claim),
                                                   esc_claim_get_label (claim));
      /* Translators: tooltip on a highlighted passage; %s is a figure such as
       * "Votes for Nicolás Maduro", the second %s an election. */
      return g_strdup_printf (_("States a figure: %s (%s). Click to see it in the chart."), measure, election);
    }
  if (ESC_IS_REGION (h->cited_by))
    /* Translators: tooltip on a highlighted passage; %s is a state, the second an election. */
    return g_strdup_printf (_("States the result in %s (%s). Click to see it in the chart."),
                            esc_region_get_name (ESC_REGION (h->cited_by)), election);
  /* Translators: tooltip on a highlighted passage; %s is who reacted, the second an election. */
  return g_strdup_printf (_("Reaction of %s (%s). Click to see it on the map."),
                          esc_reaction_get_speaker (ESC_REACTION (h->cited_by))
                          ? esc_reaction_get_speaker (ESC_REACTION (h->cited_by)) : esc_reaction_get_id (ESC_REACTION (h->cited_by)),
                          election);
}

static int
offset_at_point (EscSourcesPage *self,
                 double          x,
                 double          y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return -1;
  return gtk_text_iter_get_offset (&iter);
}

gboolean
esc_sources_page_query_tooltip (EscSourcesPage *self,
                                int             x,
                                int             y,
                                gboolean        keyboard,
                                GtkTooltip     *tooltip)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GString) text = NULL;
  int offset;

  if (keyboard)
    {
      GtkTextIter cursor;

      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      offset = gtk_text_iter_get_offset (&cursor);
    }
  else
    offset = offset_at_point (self, x, y);

  /* Several items may cite the same words: the tooltip names them all; following the
   * passage goes to the first. */
  text = g_string_new (NULL);
  for (guint i = 0; offset >= 0 && self->highlights != NULL && i < self->highlights->len; i++)
    {
      const EscHighlight *h = &g_array_index (self->highlights, EscHighlight, i);
      g_autofree char *line = NULL;

      if ((int) h->start > offset || offset >= (int) h->end)
        continue;
      line = describe_cited (h);
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }
  if (text->len == 0)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

/* A plain click on a cited passage follows it. Raw events rather than a click gesture:
 * the text view claims a press inside the selection for dragging, which would cancel a
 * gesture, and the passage just shown is selected. A drag to select is not a plain
 * click, so only a release near its press counts. */
gboolean
esc_sources_page_text_event (GtkEventControllerLegacy *controller,
                             GdkEvent                 *event,
                             EscSourcesPage           *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  const EscHighlight *h;
  GtkNative *native;
  double x, y, sx, sy;
  int offset;

  if ((type != GDK_BUTTON_PRESS && type != GDK_BUTTON_RELEASE)
      || gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_PROPAGATE;
  /* Raw events are in surface coordinates, which include the window's shadow. */
  native = gtk_widget_get_native (GTK_WIDGET (self->text_view));
  gdk_event_get_position (event, &x, &y);
  gtk_native_get_surface_transform (native, &sx, &sy);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (native), GTK_WIDGET (self->text_view), x - sx, y - sy, &x, &y))
    return GDK_EVENT_PROPAGATE;
  if (type == GDK_BUTTON_PRESS)
    {
      self->press_x = x;
      self->press_y = y;
      return GDK_EVENT_PROPAGATE;
    }
  if (ABS (x - self->press_x) > 3 || ABS (y - self->press_y) > 3)
    return GDK_EVENT_PROPAGATE;
  offset = offset_at_point (self, x, y);
  h = offset >= 0 ? highlight_at (self, offset) : NULL;
  if (h != NULL)
    esc_sources_page_activate_cited (self, h);
  return GDK_EVENT_PROPAGATE;
}

void
esc_sources_page_follow_cited_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter cursor;
  const EscHighlight *h;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  h = highlight_at (self, gtk_text_iter_get_offset (&cursor));
  if (h != NULL)
    esc_sources_page_activate_cited (self, h);
}

/* Moves the caret to the next (or previous) cited passage: keyboard users' way through
 * the highlights. */
void
esc_sources_page_step_cited_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  EscSourcesPage *self = ESC_SOURCES_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  int step = g_variant_get_int32 (parameter);
  GtkTextIter cursor;
  int at;

  if (self->highlights == NULL || self->highlights->len == 0)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  at = gtk_text_iter_get_offset (&cursor);
  for (guint k = 0; k < self->highlights->len; k++)
    {
      guint i = step > 0 ? k : self->highlights->len - 1 - k;
      const EscHighlight *h = &g_array_index (self->highlights, EscHighlight, i);

      if ((step > 0 && (int) h->start > at) || (step < 0 && (int) h->end < at))
        {
          esc_sources_page_select_range (self, h->start, h->end);
          return;
        }
    }
}

