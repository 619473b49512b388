/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Names for the controls GTK 4.8 leaves badly named to a screen reader: each works
 * round one gap of that version, which later versions close. */
#include "config.h"

#include <adwaita.h>

#include "esc-accessible.h"

static gboolean
name_first (GtkWidget  *ancestor,
            GType       type,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (ancestor); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          return TRUE;
        }
      if (name_first (child, type, name))
        return TRUE;
    }
  return FALSE;
}

/* Mends what GTK 4.8 and libadwaita 1.2 leave badly named in any window:
 * - a button with a label is named by its raw label ("_Close") and then again by its
 *   label child ("Close"), so that Orca says "_Close Close": without the raw label the
 *   button is named by its child alone;
 * - a preferences group without a title, and a preferences page, have a focusable,
 *   nameless list of rows or scrolled window: they take the window's title.
 * Message dialogs' responses and every template are made this way, so the whole tree
 * of a window is mended once it is shown; a button whose label changes later is
 * mended again. */
static void
mend (GtkWidget  *widget,
      const char *title)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  if (ADW_IS_PREFERENCES_GROUP (widget) && title != NULL
      && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), "") == 0)
    name_first (widget, GTK_TYPE_LIST_BOX, title);
  if (ADW_IS_PREFERENCES_PAGE (widget) && title != NULL)
    name_first (widget, GTK_TYPE_SCROLLED_WINDOW, title);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mend (child, title);
}

void
esc_accessible_mend (GtkWidget *root)
{
  GtkRoot *window;

  g_return_if_fail (GTK_IS_WIDGET (root));

  window = gtk_widget_get_root (root);
  mend (root, GTK_IS_WINDOW (window) ? gtk_window_get_title (GTK_WINDOW (window)) : NULL);
}

static void
name_widget (GtkWidget  *widget,
             const char *name,
             const char *description)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* A list view's focusable row on GTK 4.8 is a widget of GTK's own around the factory's
 * @child, with no name and no API to give it one: it is reached as @child's parent.
 * Called from a factory's bind, once @child is in its row. */
void
esc_accessible_name_row (GtkWidget  *child,
                         const char *name,
                         const char *description)
{
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (name != NULL);

  row = gtk_widget_get_parent (child);
  if (row != NULL)
    name_widget (row, name, description);
}

/* The same for a column view, whose row holds a cell around each column's @child. */
void
esc_accessible_name_table_row (GtkWidget  *child,
                               const char *name)
{
  GtkWidget *cell;

  g_return_if_fail (GTK_IS_WIDGET (child));

  cell = gtk_widget_get_parent (child);
  if (cell != NULL)
    esc_accessible_name_row (cell, name, NULL);
}

/* A column view's list of rows is a list view of GTK's own inside it: it takes the
 * column view's name. Its row of headings is focusable on GTK 4.8 but never reached by
 * Tab, and has no name to give: it is left out of the focusable nodes. */
void
esc_accessible_name_table (GtkColumnView *view,
                           const char    *name)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    else
      gtk_widget_set_focusable (child, FALSE);
}

/* The rows of a drop-down's list: the string, named, with a check on the one chosen,
 * as GTK's own rows show it. */
static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
update_check (GtkDropDown *dropdown,
              GParamSpec  *pspec,
              GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                          gtk_drop_down_get_selected_item (dropdown) == gtk_list_item_get_item (item) ? 1 : 0);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             GtkDropDown              *dropdown)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GObject *choice = gtk_list_item_get_item (item);
  const char *text = GTK_IS_STRING_OBJECT (choice) ? gtk_string_object_get_string (GTK_STRING_OBJECT (choice)) : "";

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  esc_accessible_name_row (box, text, NULL);
  update_check (dropdown, NULL, item);
  g_signal_connect (dropdown, "notify::selected-item", G_CALLBACK (update_check), item);
}

static void
unbind_choice (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               GtkDropDown              *dropdown)
{
  g_signal_handlers_disconnect_by_func (dropdown, update_check, item);
}

static void
set_descendants_unfocusable (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_focusable (child, FALSE);
      set_descendants_unfocusable (child);
    }
}

/* On GTK 4.8 the focusable part of a drop-down of strings is the toggle button inside
 * it, which takes nothing of the drop-down's name, and the rows of its list have none:
 * the button is named @name, and each row by its string. */
void
esc_accessible_name_dropdown (GtkDropDown *dropdown,
                              const char  *name)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        /* The row showing the choice inside the button is focusable too, though only
         * the button is ever focused. */
        set_descendants_unfocusable (child);
      }

  /* Unreferenced here: the drop-down's popup, and its rows, go before it. */
  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), dropdown);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_choice), dropdown);
  gtk_drop_down_set_list_factory (dropdown, factory);
}

/* Names the first scrolled window inside @ancestor, for one a widget of libadwaita's
 * makes and does not name. */
void
esc_accessible_name_scrolled (GtkWidget  *ancestor,
                              const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (ancestor));
  g_return_if_fail (name != NULL);

  name_first (ancestor, GTK_TYPE_SCROLLED_WINDOW, name);
}
