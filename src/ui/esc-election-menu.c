/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The header bar's choice of election: a button that shows the one on show, and a
 * popover listing them all, built when it is opened. A GtkDropDown on GTK 4.8 builds
 * its popup's rows whenever it is given a model, hidden or not: some 200 row widgets
 * for a dataset of 64 elections, 23 ms of the main loop each time a dataset is shown. */
#include "config.h"

#include "esc-election-menu.h"

#include "esc-localized-text.h"

#define LIST_MAX_HEIGHT 440

struct _EscElectionMenu
{
  GtkWidget parent_instance;

  GtkSingleSelection *selection;  /* over the elections: the one on show */
  GtkListBox *list;               /* the popover's, once it has been opened */

  /* Template children */
  GtkMenuButton *button;
  GtkLabel *label;
};

G_DEFINE_FINAL_TYPE (EscElectionMenu, esc_election_menu, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
title_of (EscElection *election)
{
  return esc_localized_text_get (esc_election_get_title (election));
}

/* The button says which election is on show, to the eye and to a screen reader (its
 * label is "Election", the title its description). */
static void
update_button (EscElectionMenu *self)
{
  EscElection *election = esc_election_menu_get_selected_item (self);
  const char *title = election != NULL ? title_of (election) : "";

  gtk_label_set_text (self->label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
}

static void
on_selected (EscElectionMenu *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_selected_item (EscElectionMenu *self)
{
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *label = gtk_label_new (title_of (item));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  return label;
}

static void
on_row_activated (EscElectionMenu *self,
                  GtkListBoxRow   *row)
{
  esc_election_menu_set_selected (self, gtk_list_box_row_get_index (row));
  gtk_menu_button_popdown (self->button);
}

/* The popover gives the focus to the election on show, where arrows and Enter go on. */
static void
focus_selected (EscElectionMenu *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, esc_election_menu_get_selected (self));

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
build_popover (EscElectionMenu *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), LIST_MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  g_signal_connect_object (popover, "map", G_CALLBACK (focus_selected), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_menu_button_set_popover (self->button, popover);
}

/* Called each time the popover is to open: the rows are made then, from the elections
 * as they are now (an edit may have renamed one). */
static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  EscElectionMenu *self = user_data;
  GtkListBoxRow *row;

  if (self->list == NULL)
    build_popover (self);
  gtk_list_box_bind_model (self->list, esc_election_menu_get_model (self), create_row, NULL, NULL);
  row = gtk_list_box_get_row_at_index (self->list, esc_election_menu_get_selected (self));
  gtk_list_box_select_row (self->list, row);
}

void
esc_election_menu_set_model (EscElectionMenu *self,
                             GListModel      *elections)
{
  g_return_if_fail (ESC_IS_ELECTION_MENU (self));
  g_return_if_fail (elections == NULL || G_IS_LIST_MODEL (elections));

  if (elections == esc_election_menu_get_model (self))
    return;
  if (self->list != NULL)
    {
      gtk_menu_button_popdown (self->button);
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
    }
  gtk_single_selection_set_model (self->selection, elections);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

GListModel *
esc_election_menu_get_model (EscElectionMenu *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION_MENU (self), NULL);

  return gtk_single_selection_get_model (self->selection);
}

/* GTK_INVALID_LIST_POSITION when there are no elections. */
guint
esc_election_menu_get_selected (EscElectionMenu *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION_MENU (self), GTK_INVALID_LIST_POSITION);

  return gtk_single_selection_get_selected (self->selection);
}

void
esc_election_menu_set_selected (EscElectionMenu *self,
                                guint            position)
{
  g_return_if_fail (ESC_IS_ELECTION_MENU (self));

  gtk_single_selection_set_selected (self->selection, position);
}

EscElection *
esc_election_menu_get_selected_item (EscElectionMenu *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION_MENU (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/* The popover's list, NULL until it is first opened. */
GtkWidget *
esc_election_menu_get_list (EscElectionMenu *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION_MENU (self), NULL);

  return self->list != NULL ? GTK_WIDGET (self->list) : NULL;
}

static void
esc_election_menu_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EscElectionMenu *self = ESC_ELECTION_MENU (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, esc_election_menu_get_model (self));
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, esc_election_menu_get_selected (self));
      break;
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, esc_election_menu_get_selected_item (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_election_menu_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EscElectionMenu *self = ESC_ELECTION_MENU (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      esc_election_menu_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      esc_election_menu_set_selected (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_election_menu_dispose (GObject *object)
{
  EscElectionMenu *self = ESC_ELECTION_MENU (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  self->list = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_ELECTION_MENU);

  G_OBJECT_CLASS (esc_election_menu_parent_class)->dispose (object);
}

static void
esc_election_menu_class_init (EscElectionMenuClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = esc_election_menu_get_property;
  object_class->set_property = esc_election_menu_set_property;
  object_class->dispose = esc_election_menu_dispose;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-election-menu.ui");
  gtk_widget_class_bind_template_child (widget_class, EscElectionMenu, button);
  gtk_widget_class_bind_template_child (widget_class, EscElectionMenu, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "electionmenu");
}

static void
esc_election_menu_init (EscElectionMenu *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  /* An edit renames elections without changing which is on show. */
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (update_button), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected_item), self);
  gtk_menu_button_set_create_popup_func (self->button, create_popup, self, NULL);
}
