/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The text lines of list rows. They are inscriptions, which take their size from a count
 * of characters and lines rather than by laying out their text: GTK 4.8 builds up to
 * 200 rows of a list at once, and measuring the text of each (a wrapped label is
 * measured for every width it is offered) took most of a view switch. */
#include "config.h"

#include "esc-row-text.h"

/* @lines: the lines the text is given, always, ellipsized after the last. */
GtkWidget *
esc_row_text_new (const char *style_class,
                  guint       lines)
{
  GtkWidget *text = gtk_inscription_new (NULL);

  /* Lists give rows their minimum height: the lines are fixed, the text at the top. */
  gtk_inscription_set_min_lines (GTK_INSCRIPTION (text), lines);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (text), 0);
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (text), lines);
  gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (text), PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (text), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (style_class != NULL)
    gtk_widget_add_css_class (text, style_class);
  return text;
}

/* Shows @value, or hides the line where there is none. */
void
esc_row_text_set (GtkWidget  *text,
                  const char *value)
{
  gtk_inscription_set_text (GTK_INSCRIPTION (text), value);
  gtk_widget_set_visible (text, value != NULL && *value != '\0');
}
