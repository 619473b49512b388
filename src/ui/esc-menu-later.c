/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-menu-later.h"

static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  GMenuModel *model = g_object_get_data (G_OBJECT (button), "esc-menu-later");

  if (gtk_menu_button_get_menu_model (button) != model)
    gtk_menu_button_set_menu_model (button, model);
}

/* Gives @button its menu on first use instead of now. GTK 4.8 keeps about 2 KB of
 * every popover menu built from a model with sections after the popover is gone; on
 * elections with dozens of chart cards, each with a menu that is seldom opened, that
 * grew the heap on every election shown. */
void
esc_menu_button_set_menu_later (GtkMenuButton *button,
                                GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  g_object_set_data_full (G_OBJECT (button), "esc-menu-later", g_object_ref (model), g_object_unref);
  gtk_menu_button_set_create_popup_func (button, create_popup, NULL, NULL);
}
