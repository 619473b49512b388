/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the editing forms share. */
#include "esc-form.h"

/* The text typed in @editable without spaces around it, or NULL where that leaves
 * nothing: a member left out. */
char *
esc_form_dup_text (GtkEditable *editable)
{
  char *text;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}
