/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void esc_accessible_mend               (GtkWidget     *root);
void esc_accessible_name_dropdown      (GtkDropDown   *dropdown,
                                        const char    *name);
void esc_accessible_name_row           (GtkWidget     *child,
                                        const char    *name,
                                        const char    *description);
void esc_accessible_name_table_row     (GtkWidget     *child,
                                        const char    *name);
void esc_accessible_name_table         (GtkColumnView *view,
                                        const char    *name);

void esc_accessible_name_scrolled      (GtkWidget     *ancestor,
                                        const char    *name);

G_END_DECLS
