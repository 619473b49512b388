/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char               *esc_form_dup_text   (GtkEditable *editable);
const char * const *esc_form_languages  (void);
GStrv               esc_form_enum_names (GType        type);
gboolean            esc_form_read_number (const char *text,
                                          double     *value,
                                          guint      *decimals);

G_END_DECLS
