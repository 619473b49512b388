/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-tooltip.h"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  gtk_tooltip_set_text (tooltip, g_object_get_data (G_OBJECT (widget), "esc-tooltip"));
  return TRUE;
}

/* Gives @widget @text as its tooltip, as plain text, without what
 * gtk_widget_set_tooltip_text() also does on GTK 4.8: ask the X server where the pointer
 * is, a round trip per widget. Rows and chips made by the hundred spent a third of their
 * time there. For text that assistive technologies already read whole, as a row's
 * label or description does; else see esc_widget_set_tooltip(). */
void
esc_widget_set_tooltip_only (GtkWidget  *widget,
                             const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  if (g_object_get_data (G_OBJECT (widget), "esc-tooltip") == NULL)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_object_set_data_full (G_OBJECT (widget), "esc-tooltip", g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, TRUE);
}

/* The tooltip, and the same text as @widget's accessible description, as
 * gtk_widget_set_tooltip_text() gives it. */
void
esc_widget_set_tooltip (GtkWidget  *widget,
                        const char *text)
{
  esc_widget_set_tooltip_only (widget, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}
