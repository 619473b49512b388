/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *esc_row_text_new (const char *style_class,
                             guint       lines);
void       esc_row_text_set (GtkWidget  *text,
                             const char *value);

G_END_DECLS
