/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void esc_menu_button_set_menu_later (GtkMenuButton *button,
                                     GMenuModel    *model);

G_END_DECLS
