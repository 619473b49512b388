/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void esc_widget_set_tooltip      (GtkWidget  *widget,
                                  const char *text);
void esc_widget_set_tooltip_only (GtkWidget  *widget,
                                  const char *text);

G_END_DECLS
