/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-history.h"

G_BEGIN_DECLS

char               *esc_form_dup_text   (GtkEditable *editable);
const char * const *esc_form_languages  (void);
char               *esc_form_color_text (const GdkRGBA *rgba);
GStrv               esc_form_enum_names (GType        type);
gboolean            esc_form_read_number (const char *text,
                                          double     *value,
                                          guint      *decimals);

GtkSwitch          *esc_form_add_same_switch (GtkWidget *quote_label,
                                               gpointer   existing);

gboolean            esc_form_add_to_same (GtkSwitch  *same_switch,
                                          gpointer    existing,
                                          gpointer    item,
                                          EscHistory *history);

G_END_DECLS
