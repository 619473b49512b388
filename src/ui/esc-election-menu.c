/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The header bar's choice of election: a button that shows the one on show, and a
 * popover listing them all, built when it is opened. A GtkDropDown on GTK 4.8 builds
 * its popup's rows whenever it is given a model, hidden or not: some 200 row widgets
 * for the 320 elections of the 46 MB benchmark, 23 ms of the main loop each time a
 * dataset is shown. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-election-menu.h"

#include "esc-localized-text.h"

#define LIST_MAX_HEIGHT 440
#define SCROLL_FRAMES_MAX 30

struct _EscElectionMenu
{
  GtkWidget parent_instance;

  GtkSingleSelection *selection;  /* over the elections: the one on show */
  EscElection *shown;             /* the selected one, whose title the button shows */
  GtkScrolledWindow *scrolled;    /* the popover's, once it has been opened */
  GtkListBox *list;
  guint scroll_frames;            /* frames spent scrolling to the focused row */
  double scroll_value;            /* where that scrolling was at the last frame */

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
 * label is "Election", the title its description, in place of the tooltip's words). */
static void
update_button (EscElectionMenu *self)
{
  if (self->shown == NULL)
    {
      gtk_label_set_text (self->label, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_label_set_text (self->label, title_of (self->shown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  title_of (self->shown), -1);
}

static void
on_selected (EscElectionMenu *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* An edit renames the election on show in place: the button follows its title. */
static void
on_selected_item (EscElectionMenu *self)
{
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_func (self->shown, update_button, self);
  g_set_object (&self->shown, gtk_single_selection_get_selected_item (self->selection));
  if (self->shown != NULL)
    g_signal_connect_swapped (self->shown, "notify::title", G_CALLBACK (update_button), self);
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
  /* Closed first: the new election's page may take a while to fill. */
  gtk_menu_button_popdown (self->button);
  esc_election_menu_set_selected (self, gtk_list_box_row_get_index (row));
}

/* Scrolls to the focused row once the rows have their places. They are new at every
 * opening, so at the map the viewport has nothing to scroll to; its own scroll to the
 * focus then animates from stale places. So each frame puts the row back in view until
 * it is there and the scrolling has stopped, for half a second at most. */
static gboolean
scroll_to_focus (GtkWidget     *list,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  EscElectionMenu *self = user_data;
  GtkWidget *row = gtk_widget_get_focus_child (list);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  double value = gtk_adjustment_get_value (adjustment);
  int height = gtk_widget_get_height (GTK_WIDGET (self->scrolled));
  graphene_rect_t bounds;
  double below;

  if (row == NULL || !gtk_widget_get_mapped (list) || ++self->scroll_frames > SCROLL_FRAMES_MAX)
    return G_SOURCE_REMOVE;
  if (!gtk_widget_compute_bounds (row, GTK_WIDGET (self->scrolled), &bounds)
      || bounds.size.height <= 0 || height <= 0)
    return G_SOURCE_CONTINUE;
  below = bounds.origin.y + bounds.size.height - height;
  if (bounds.origin.y < 0)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y);
  else if (below > 0)
    gtk_adjustment_set_value (adjustment, value + below);
  else if (value == self->scroll_value)
    return G_SOURCE_REMOVE;
  self->scroll_value = gtk_adjustment_get_value (adjustment);
  return G_SOURCE_CONTINUE;
}

/* The popover gives the focus to the election on show, where arrows and Enter go on. */
static void
focus_selected (EscElectionMenu *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, esc_election_menu_get_selected (self));

  if (row == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (row));
  self->scroll_frames = 0;
  self->scroll_value = -1;
  gtk_widget_add_tick_callback (GTK_WIDGET (self->list), scroll_to_focus, self, NULL);
}

static void
build_popover (EscElectionMenu *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->scrolled = GTK_SCROLLED_WINDOW (scrolled);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), LIST_MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Elections"), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  g_signal_connect_object (popover, "map", G_CALLBACK (focus_selected), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_menu_button_set_popover (self->button, popover);
}

/* Called each time the popover is to open: the rows are made then, from the elections
 * as they are now (an edit may have renamed one). For the 320 of the 46 MB benchmark
 * that takes 25-55 ms, and the popover shows 85-140 ms after the click (measured
 * beside a CI run): a wait when a person asks, not on every load. */
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

  return self->selection != NULL ? gtk_single_selection_get_model (self->selection) : NULL;
}

/* GTK_INVALID_LIST_POSITION when there are no elections. */
guint
esc_election_menu_get_selected (EscElectionMenu *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION_MENU (self), GTK_INVALID_LIST_POSITION);

  return self->selection != NULL ? gtk_single_selection_get_selected (self->selection) : GTK_INVALID_LIST_POSITION;
}

void
esc_election_menu_set_selected (EscElectionMenu *self,
                                guint            position)
{
  g_return_if_fail (ESC_IS_ELECTION_MENU (self));

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, position);
}

EscElection *
esc_election_menu_get_selected_item (EscElectionMenu *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION_MENU (self), NULL);

  return self->shown;
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
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_func (self->shown, update_button, self);
  g_clear_object (&self->shown);
  self->list = NULL;
  self->scrolled = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_ELECTION_MENU);

  G_OBJECT_CLASS (esc_election_menu_parent_class)->dispose (object);
}

/* Focus given to the menu, by a test or a mnemonic, is the button's. */
static gboolean
esc_election_menu_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (ESC_ELECTION_MENU (widget)->button));
}

static void
esc_election_menu_class_init (EscElectionMenuClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = esc_election_menu_get_property;
  object_class->set_property = esc_election_menu_set_property;
  object_class->dispose = esc_election_menu_dispose;
  widget_class->grab_focus = esc_election_menu_grab_focus;

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
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected_item), self);
  gtk_menu_button_set_create_popup_func (self->button, create_popup, self, NULL);
}
