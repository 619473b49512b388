/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Reactions view: the map above, the list of reactions below, one selection shared
 * by both. The list is a recycling GtkListView: thousands of reactions cost a screenful
 * of rows. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "esc-accessible.h"
#include "esc-chart-text.h"
#include "esc-export-dialog.h"
#include "esc-menu-later.h"
#include "esc-drawn-view.h"
#include "esc-reaction.h"
#include "esc-reactions-map.h"
#include "esc-reactions-page.h"
#include "esc-row-text.h"
#include "esc-tooltip.h"
#include "esc-window.h"

struct _EscReactionsPage
{
  GtkWidget parent_instance;

  EscElection *election;
  EscReactionsMap *drawing;     /* the map of that election, or NULL */
  GListStore *store;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GArray *dropdown_stances;     /* EscStance per dropdown item after "All" */
  GHashTable *sort_keys;        /* EscReaction → collation key of its name */
  gboolean syncing;

  /* Template children */
  GtkWidget *paned;
  EscDrawnView *map;
  GtkToggleButton *world_button;
  GtkMenuButton *map_menu_button;
  GMenuModel *map_menu;
  GtkSearchEntry *search_entry;
  GtkDropDown *stance_dropdown;
  GtkListView *list;
};

G_DEFINE_FINAL_TYPE (EscReactionsPage, esc_reactions_page, GTK_TYPE_WIDGET)

/* A country's flag as the two regional-indicator characters of its code. */
static char *
flag_for (EscReaction *reaction)
{
  const char *code = esc_reaction_get_country (reaction);
  GString *flag;

  if (code == NULL)
    return g_strdup ("🏳");
  flag = g_string_new (NULL);
  for (int i = 0; i < 2; i++)
    g_string_append_unichar (flag, 0x1F1E6 + (g_ascii_toupper (code[i]) - 'A'));
  return g_string_free (flag, FALSE);
}

/* Welcoming first, then questioning, then rejecting, as the map's legend reads. */
static int
stance_order (EscStance stance)
{
  static const int order[] = {
    [ESC_STANCE_CONGRATULATED] = 0, [ESC_STANCE_WELCOMED] = 1, [ESC_STANCE_SUPPORTED] = 2,
    [ESC_STANCE_CALLED_FOR_TRANSPARENCY] = 3, [ESC_STANCE_EXPRESSED_CONCERN] = 4,
    [ESC_STANCE_QUESTIONED] = 5, [ESC_STANCE_REJECTED] = 6, [ESC_STANCE_OTHER] = 7,
  };
  return order[stance];
}

/* Collating a name takes a normalization and a strcoll(): sorting a hundred reactions
 * that way took 60 ms, so each name is collated once per election. */
static const char *
sort_key (EscReactionsPage *self,
          EscReaction      *reaction)
{
  char *key = g_hash_table_lookup (self->sort_keys, reaction);

  if (key == NULL)
    {
      key = g_utf8_collate_key (esc_text_reactor (reaction), -1);
      g_hash_table_insert (self->sort_keys, reaction, key);
    }
  return key;
}

static int
compare_reactions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  EscReaction *ra = (EscReaction *) a, *rb = (EscReaction *) b;
  int by_stance = stance_order (esc_reaction_get_stance (ra)) - stance_order (esc_reaction_get_stance (rb));

  return by_stance != 0 ? by_stance : strcmp (sort_key (user_data, ra), sort_key (user_data, rb));
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = haystack ? g_utf8_casefold (haystack, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
filter_reaction (gpointer item,
                 gpointer user_data)
{
  EscReactionsPage *self = user_data;
  EscReaction *reaction = item;
  guint selected = gtk_drop_down_get_selected (self->stance_dropdown);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->dropdown_stances->len
      && esc_reaction_get_stance (reaction) != g_array_index (self->dropdown_stances, EscStance, selected - 1))
    return FALSE;

  if (search == NULL || *search == '\0')
    return TRUE;
  needle = g_utf8_casefold (search, -1);
  return contains_folded (esc_text_reactor (reaction), needle)
         || contains_folded (esc_reaction_get_speaker (reaction), needle)
         || (esc_reaction_get_role (reaction) && contains_folded (esc_localized_text_get (esc_reaction_get_role (reaction)), needle));
}

static void
on_filter_changed (EscReactionsPage *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filtered);

  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static guint
statement_size (EscReactionsPage *self,
                const char       *statement)
{
  GPtrArray *reactions = esc_election_get_reactions (self->election);
  guint n = 0;

  for (guint i = 0; statement != NULL && i < reactions->len; i++)
    n += g_strcmp0 (esc_reaction_get_statement (g_ptr_array_index (reactions, i)), statement) == 0;
  return n;
}

/* Opens the reader on the passage of the row's reaction, kept on the button by bind_row. */
static void
on_source_clicked (GtkButton *button,
                   gpointer   user_data)
{
  EscReaction *reaction = g_object_get_data (G_OBJECT (button), "reaction");
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (button), ESC_TYPE_WINDOW);

  if (reaction != NULL && window != NULL && esc_reaction_get_sources (reaction)->len > 0)
    esc_window_show_sources (ESC_WINDOW (window), esc_reaction_get_sources (reaction), 0);
}

/* header (stance, on the first row of a group) | flag | name, badge / speaker / quote | source */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *flag = gtk_label_new (NULL);
  GtkWidget *name = esc_row_text_new ("heading", 1);
  GtkWidget *badge = esc_row_text_new ("caption", 1);
  GtkWidget *source = gtk_button_new_from_icon_name ("document-open-symbolic");

  gtk_widget_add_css_class (flag, "title-2");
  gtk_widget_set_valign (flag, GTK_ALIGN_START);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (source, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (source, "flat");
  esc_widget_set_tooltip (source, _("Show the source article"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (source), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show the source article"), -1);
  g_signal_connect (source, "clicked", G_CALLBACK (on_source_clicked), NULL);

  gtk_widget_set_hexpand (name, TRUE);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (name), 30);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (badge), 0);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (badge), 24);
  gtk_box_append (GTK_BOX (outer), esc_row_text_new ("heading", 1));
  gtk_box_append (GTK_BOX (title), name);
  gtk_box_append (GTK_BOX (title), badge);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), esc_row_text_new ("dim-label", 1));
  gtk_box_append (GTK_BOX (text), esc_row_text_new ("quote", 2));
  gtk_box_append (GTK_BOX (row), flag);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), source);
  gtk_box_append (GTK_BOX (outer), row);
  gtk_widget_add_css_class (gtk_widget_get_first_child (outer), "stance-header");
  gtk_list_item_set_child (item, outer);
}

static GtkWidget *
nth_child (GtkWidget *parent,
           guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (parent);

  while (child != NULL && n-- > 0)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          EscReactionsPage         *self)
{
  EscReaction *reaction = gtk_list_item_get_item (item);
  GtkWidget *outer = gtk_list_item_get_child (item);
  GtkWidget *header = nth_child (outer, 0), *row = nth_child (outer, 1);
  GtkWidget *flag = nth_child (row, 0), *text = nth_child (row, 1);
  GtkWidget *title = nth_child (text, 0);
  guint position = gtk_list_item_get_position (item);
  g_autoptr(EscReaction) previous = position > 0 ? g_list_model_get_item (G_LIST_MODEL (self->selection), position - 1) : NULL;
  g_autofree char *flag_text = flag_for (reaction);
  g_autofree char *who = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *description = NULL;
  guint joint = statement_size (self, esc_reaction_get_statement (reaction));
  g_autofree char *badge = joint > 1 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Joint statement of %u",
                                                                     "Joint statement of %u", joint), joint) : NULL;

  /* A header over the first row of each stance: the list reads as groups. */
  esc_row_text_set (header, previous == NULL || esc_reaction_get_stance (previous) != esc_reaction_get_stance (reaction)
                              ? esc_text_stance (esc_reaction_get_stance (reaction)) : NULL);

  gtk_label_set_text (GTK_LABEL (flag), flag_text);
  esc_row_text_set (nth_child (title, 0), esc_text_reactor (reaction));
  esc_row_text_set (nth_child (title, 1), badge);

  if (esc_reaction_get_speaker (reaction) && esc_reaction_get_role (reaction))
    who = g_strdup_printf ("%s · %s", esc_reaction_get_speaker (reaction), esc_localized_text_get (esc_reaction_get_role (reaction)));
  else if (esc_reaction_get_speaker (reaction))
    who = g_strdup (esc_reaction_get_speaker (reaction));
  else if (esc_reaction_get_role (reaction))
    who = g_strdup (esc_localized_text_get (esc_reaction_get_role (reaction)));
  esc_row_text_set (nth_child (text, 1), who);

  /* A quote longer than its two lines is whole in the tooltip and the row's
   * description. */
  if (esc_reaction_get_quote (reaction))
    quote = g_strdup_printf (_("“%s”"), esc_reaction_get_quote (reaction));
  esc_row_text_set (nth_child (text, 2), quote);
  if (quote != NULL)
    esc_widget_set_tooltip_only (nth_child (text, 2), quote);

  /* The row's reaction outlives the binding: it belongs to the election the list holds. */
  g_object_set_data (G_OBJECT (nth_child (row, 2)), "reaction", reaction);
  gtk_widget_set_sensitive (nth_child (row, 2), esc_reaction_get_sources (reaction)->len > 0);

  description = g_strconcat (esc_text_stance (esc_reaction_get_stance (reaction)), who ? ". " : "", who ? who : "",
                             quote ? ". " : "", quote ? quote : "", NULL);
  esc_accessible_name_row (outer, esc_text_reactor (reaction), description);
  /* The button's own name is the same on every row: whose source it shows is its description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (nth_child (row, 2)), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  esc_text_reactor (reaction), -1);
}

static void
select_on_map (EscReactionsPage *self,
               const char       *id)
{
  esc_drawn_view_set_focused_item (self->map, self->drawing ? esc_reactions_map_find_item (self->drawing, id) : -1);
}

static void
on_list_selected (EscReactionsPage *self)
{
  EscReaction *reaction = gtk_single_selection_get_selected_item (self->selection);

  if (self->syncing)
    return;
  self->syncing = TRUE;
  select_on_map (self, reaction ? esc_reaction_get_reactor_id (reaction) : NULL);
  self->syncing = FALSE;
}

static void
on_map_selected (EscReactionsPage *self)
{
  if (!self->syncing)
    esc_reactions_page_select (self, esc_reactions_page_get_selected (self));
}

static void
on_world_toggled (EscReactionsPage *self)
{
  if (self->drawing != NULL)
    esc_reactions_map_set_whole_world (self->drawing, gtk_toggle_button_get_active (self->world_button));
}

/* Selects the row of country or organization @id, and scrolls it into view. */
void
esc_reactions_page_select (EscReactionsPage *self,
                           const char       *id)
{
  GListModel *rows = G_LIST_MODEL (self->selection);

  g_return_if_fail (ESC_IS_REACTIONS_PAGE (self));

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(EscReaction) reaction = g_list_model_get_item (rows, i);

      if (g_strcmp0 (esc_reaction_get_reactor_id (reaction), id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", i);
          break;
        }
    }
  select_on_map (self, id);
  self->syncing = FALSE;
}

const char *
esc_reactions_page_get_selected (EscReactionsPage *self)
{
  int item;

  g_return_val_if_fail (ESC_IS_REACTIONS_PAGE (self), NULL);

  item = esc_drawn_view_get_focused_item (self->map);
  return item >= 0 ? esc_reactions_map_get_item_id (self->drawing, item) : NULL;
}

static void
fill_stance_dropdown (EscReactionsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *reactions = self->election ? esc_election_get_reactions (self->election) : NULL;
  gboolean present[ESC_STANCE_OTHER + 1] = { FALSE };

  for (guint i = 0; reactions != NULL && i < reactions->len; i++)
    present[esc_reaction_get_stance (g_ptr_array_index (reactions, i))] = TRUE;

  g_array_set_size (self->dropdown_stances, 0);
  gtk_string_list_append (names, _("All Stances"));
  for (int stance = 0; stance <= ESC_STANCE_OTHER; stance++)
    if (present[stance])
      {
        gtk_string_list_append (names, esc_text_stance (stance));
        g_array_append_val (self->dropdown_stances, stance);
      }
  gtk_drop_down_set_model (self->stance_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->stance_dropdown, 0);
}

void
esc_reactions_page_set_election (EscReactionsPage *self,
                                 EscElection      *election)
{
  GPtrArray *reactions;

  g_return_if_fail (ESC_IS_REACTIONS_PAGE (self));
  g_return_if_fail (election == NULL || ESC_IS_ELECTION (election));

  /* NULL empties the page, so that a hidden page keeps no old dataset alive. */
  if (election == NULL && self->election == NULL)
    return;
  g_set_object (&self->election, election);
  g_hash_table_remove_all (self->sort_keys);
  reactions = election ? esc_election_get_reactions (election) : NULL;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       reactions ? reactions->pdata : NULL, reactions ? reactions->len : 0);
  fill_stance_dropdown (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_object (&self->drawing);
  if (election != NULL)
    self->drawing = esc_reactions_map_new (election, gtk_toggle_button_get_active (self->world_button));
  esc_drawn_view_set_drawing (self->map, ESC_DRAWING (self->drawing));
  esc_reactions_page_select (self, NULL);
}

GListModel *
esc_reactions_page_get_rows (EscReactionsPage *self)
{
  g_return_val_if_fail (ESC_IS_REACTIONS_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

GtkWidget *
esc_reactions_page_get_map (EscReactionsPage *self)
{
  g_return_val_if_fail (ESC_IS_REACTIONS_PAGE (self), NULL);
  return GTK_WIDGET (self->map);
}

static gboolean
export_map (gpointer              election,
            EscExportFormat       format,
            int                   width,
            int                   height,
            double                scale,
            const EscChartStyle  *style,
            const char           *path,
            GError              **error)
{
  return esc_map_export (election, format, width, height, scale, style, path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EscReactionsPage *self = ESC_REACTIONS_PAGE (widget);
  EscExportFormat format = ESC_EXPORT_PNG;
  g_autofree char *basename = NULL;

  if (self->election == NULL)
    return;
  esc_export_format_from_string (g_variant_get_string (parameter, NULL), &format);
  basename = g_strdup_printf ("%s-reactions-map", esc_election_get_id (self->election));
  esc_export_dialog_present (widget, _("Export the Map"), format, basename, export_map,
                             g_object_ref (self->election), g_object_unref);
}

static void
esc_reactions_page_dispose (GObject *object)
{
  EscReactionsPage *self = ESC_REACTIONS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_REACTIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->election);
  g_clear_object (&self->drawing);
  g_clear_pointer (&self->dropdown_stances, g_array_unref);
  g_clear_pointer (&self->sort_keys, g_hash_table_unref);

  G_OBJECT_CLASS (esc_reactions_page_parent_class)->dispose (object);
}

static void
esc_reactions_page_class_init (EscReactionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = esc_reactions_page_dispose;

  g_type_ensure (ESC_TYPE_DRAWN_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-reactions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, paned);
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, map);
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, world_button);
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, map_menu_button);
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, map_menu);
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, stance_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EscReactionsPage, list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_map_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_world_toggled);

  gtk_widget_class_install_action (widget_class, "reactions.export", "s", export_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
esc_reactions_page_init (EscReactionsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));
  esc_menu_button_set_menu_later (self->map_menu_button, self->map_menu);
  esc_accessible_name_dropdown (self->stance_dropdown, _("Stance"));

  self->dropdown_stances = g_array_new (FALSE, FALSE, sizeof (EscStance));
  self->sort_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->store = g_list_store_new (ESC_TYPE_REACTION);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->store),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_reactions, self, NULL)));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted),
                                              GTK_FILTER (gtk_custom_filter_new (filter_reaction, self, NULL)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_list_selected), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
}
