/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Table view: the items of one kind (the figures of the election on show, its
 * parties, regions or reactions, or the dataset's articles or claimants) in a column
 * view, one row each, sorted by any column and filtered by any text of its row. Enter
 * or a double click edits an item (win.edit-item), Delete deletes it (win.delete-item,
 * undone with Ctrl+Z), and the table as it is filtered and sorted exports as CSV. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-accessible.h"
#include "esc-chart-text.h"
#include "esc-items-table.h"
#include "esc-language.h"

typedef enum {
  /* figures */
  COLUMN_MEASURE,
  COLUMN_SUBJECT,
  COLUMN_VALUE,
  COLUMN_QUALIFIER,
  COLUMN_CLAIMANT,
  COLUMN_STATUS,
  /* parties */
  COLUMN_PARTY,
  COLUMN_SHORT_NAME,
  COLUMN_CANDIDATE,
  COLUMN_BLOC,
  /* regions */
  COLUMN_REGION,
  COLUMN_OUTCOME,
  COLUMN_WINNER,
  COLUMN_SHARE,
  /* reactions */
  COLUMN_REACTOR,
  COLUMN_SPEAKER,
  COLUMN_STANCE,
  COLUMN_DATE,
  /* articles */
  COLUMN_TITLE,
  COLUMN_OUTLET,
  COLUMN_PUBLISHED,
  COLUMN_LANGUAGE,
  /* claimants */
  COLUMN_WHO,
  COLUMN_KIND,
  /* any item with sources */
  COLUMN_SOURCES,
  N_COLUMNS,
  COLUMN_END = N_COLUMNS
} Column;

/* The kinds of items, in the order the selector offers them: the list each is, and
 * its columns, the first of which expands. */
static const struct {
  const char *list;
  const char *name;
  gboolean of_election;
  Column columns[8];
} kinds[] = {
  { "claims", N_("Figures"), TRUE,
    { COLUMN_MEASURE, COLUMN_SUBJECT, COLUMN_VALUE, COLUMN_QUALIFIER, COLUMN_CLAIMANT, COLUMN_STATUS, COLUMN_SOURCES,
      COLUMN_END } },
  { "parties", N_("Parties"), TRUE, { COLUMN_PARTY, COLUMN_SHORT_NAME, COLUMN_CANDIDATE, COLUMN_BLOC, COLUMN_END } },
  { "regions", N_("Regions"), TRUE,
    { COLUMN_REGION, COLUMN_OUTCOME, COLUMN_WINNER, COLUMN_SHARE, COLUMN_SOURCES, COLUMN_END } },
  { "reactions", N_("Reactions"), TRUE,
    { COLUMN_REACTOR, COLUMN_SPEAKER, COLUMN_STANCE, COLUMN_DATE, COLUMN_SOURCES, COLUMN_END } },
  { "articles", N_("Articles"), FALSE, { COLUMN_TITLE, COLUMN_OUTLET, COLUMN_PUBLISHED, COLUMN_LANGUAGE, COLUMN_END } },
  { "claimants", N_("Claimants"), FALSE, { COLUMN_WHO, COLUMN_KIND, COLUMN_END } },
};

struct _EscItemsTable
{
  GtkWidget parent_instance;
  EscDataset *dataset;
  EscElection *election;
  guint kind;
  GListStore *items;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  /* Template children */
  GtkWidget *box;
  GtkDropDown *kind_dropdown;
  GtkSearchEntry *filter_entry;
  GtkColumnView *view;
};

G_DEFINE_FINAL_TYPE (EscItemsTable, esc_items_table, GTK_TYPE_WIDGET)

static const char *
column_title (Column column)
{
  const char *titles[N_COLUMNS] = {
    N_("Measure"), N_("Subject"), N_("Value"), N_("Exactness"), N_("Stated by"), N_("Status"),
    N_("Name"), N_("Short name"), N_("Candidate"), N_("Bloc"),
    N_("Region"), N_("Outcome"), N_("Won by"), N_("Share"),
    N_("Who"), N_("Speaker"), N_("Stance"), N_("Date"),
    N_("Title"), N_("Outlet"), N_("Published"), N_("Language"),
    N_("Name"), N_("Kind"),
    N_("Sources"),
  };

  return _(titles[column]);
}

static char *
dup_localized (EscLocalizedText *text)
{
  return g_strdup (text ? esc_localized_text_get (text) : "");
}

static char *
claim_text (EscClaim *claim,
            Column    column)
{
  switch (column)
    {
    case COLUMN_MEASURE:
      return g_strdup (esc_claim_get_label (claim) ? esc_localized_text_get (esc_claim_get_label (claim))
                                                    : esc_text_measure_kind (esc_claim_get_measure (claim)));
    case COLUMN_SUBJECT:
      return g_strdup (esc_claim_get_subject (claim) ? esc_text_party (esc_claim_get_subject (claim)) : "");
    case COLUMN_VALUE:
      return esc_text_number (esc_claim_get_value (claim), esc_claim_get_unit (claim), esc_claim_get_decimals (claim));
    case COLUMN_QUALIFIER:
      return esc_claim_get_qualifier (claim) == ESC_QUALIFIER_EXACT ? g_strdup ("")
             : g_strstrip (esc_text_qualified (esc_claim_get_qualifier (claim), ""));
    case COLUMN_CLAIMANT:
      return esc_text_claimant_short (claim);
    case COLUMN_STATUS:
    default:
      return g_strdup (esc_text_status (esc_claim_get_status (claim)));
    }
}

static char *
party_text (EscParty *party,
            Column    column)
{
  switch (column)
    {
    case COLUMN_PARTY:
      return g_strdup (esc_text_party (party));
    case COLUMN_SHORT_NAME:
      return g_strdup (esc_party_get_short_name (party) ? esc_party_get_short_name (party) : "");
    case COLUMN_CANDIDATE:
      return g_strdup (esc_party_get_candidate (party) ? esc_party_get_candidate (party) : "");
    case COLUMN_BLOC:
    default:
      return g_strdup (esc_text_bloc (esc_party_get_bloc (party)));
    }
}

static char *
region_text (EscRegion *region,
             Column     column)
{
  double share;
  guint decimals;

  switch (column)
    {
    case COLUMN_REGION:
      return g_strdup (esc_region_get_name (region));
    case COLUMN_OUTCOME:
      return g_strdup (esc_text_region_outcome (esc_region_get_outcome (region)));
    case COLUMN_WINNER:
      return g_strdup (esc_region_get_party (region) ? esc_text_party (esc_region_get_party (region))
                                                     : esc_text_bloc (esc_region_get_bloc (region)));
    case COLUMN_SHARE:
    default:
      return esc_region_get_share (region, &share, &decimals) ? esc_text_number (share, ESC_UNIT_PERCENT, decimals)
                                                              : g_strdup ("");
    }
}

static char *
reaction_text (EscReaction *reaction,
               Column       column)
{
  switch (column)
    {
    case COLUMN_REACTOR:
      return g_strdup (esc_text_reactor (reaction));
    case COLUMN_SPEAKER:
      return g_strdup (esc_reaction_get_speaker (reaction) ? esc_reaction_get_speaker (reaction) : "");
    case COLUMN_STANCE:
      return g_strdup (esc_text_stance (esc_reaction_get_stance (reaction)));
    case COLUMN_DATE:
    default:
      return esc_reaction_get_date (reaction) ? esc_text_date (esc_reaction_get_date (reaction)) : g_strdup ("");
    }
}

static char *
article_text (EscArticle *article,
              Column      column)
{
  switch (column)
    {
    case COLUMN_TITLE:
      return dup_localized (esc_article_get_title (article));
    case COLUMN_OUTLET:
      return g_strdup (esc_article_get_outlet (article) ? esc_article_get_outlet (article) : "");
    case COLUMN_PUBLISHED:
      return esc_article_get_published (article) ? esc_text_date (esc_article_get_published (article)) : g_strdup ("");
    case COLUMN_LANGUAGE:
    default:
      return esc_article_get_language (article) ? esc_language_get_display_name (esc_article_get_language (article))
                                                : g_strdup ("");
    }
}

/* The text of @column for @item, as the table shows and exports it. */
static char *
cell_text (gpointer item,
           Column   column)
{
  if (column == COLUMN_SOURCES)
    {
      g_autoptr(GPtrArray) sources = NULL;

      g_object_get (item, "sources", &sources, NULL);
      return g_strdup_printf ("%u", sources->len);
    }
  if (ESC_IS_CLAIM (item))
    return claim_text (item, column);
  if (ESC_IS_PARTY (item))
    return party_text (item, column);
  if (ESC_IS_REGION (item))
    return region_text (item, column);
  if (ESC_IS_REACTION (item))
    return reaction_text (item, column);
  if (ESC_IS_ARTICLE (item))
    return article_text (item, column);
  return column == COLUMN_WHO ? esc_text_claimant_of (item)
                              : g_strdup (esc_text_claimant_kind (esc_claimant_get_kind (item)));
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 6);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), 16);
  gtk_list_item_set_child (item, label);
}

/* What a screen reader says of a row: each column's heading and value. */
static char *
row_text (const Column *columns,
          gpointer      item)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; columns[i] != COLUMN_END; i++)
    {
      g_autofree char *cell = cell_text (item, columns[i]);

      if (cell != NULL && *cell != '\0')
        g_string_append_printf (text, "%s%s: %s", text->len > 0 ? "; " : "", column_title (columns[i]), cell);
    }
  return g_string_free (text, FALSE);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  const Column *columns = g_object_get_data (G_OBJECT (factory), "columns");
  g_autofree char *text = cell_text (gtk_list_item_get_item (item), column);

  /* Dataset text, set as text: never markup. */
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
  if (column == columns[0])
    {
      g_autofree char *row = row_text (columns, gtk_list_item_get_item (item));

      esc_accessible_name_table_row (gtk_list_item_get_child (item), row);
    }
}

/* Numbers sort as numbers; the rest as the reader's language orders words. */
static gboolean
cell_number (gpointer item,
             Column   column,
             double  *number)
{
  guint decimals;

  if (column == COLUMN_VALUE)
    return (*number = esc_claim_get_value (item)), TRUE;
  if (column == COLUMN_SHARE)
    return esc_region_get_share (item, number, &decimals) || ((*number = -1), TRUE);
  return FALSE;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  Column column = GPOINTER_TO_INT (data);
  g_autofree char *x = NULL, *y = NULL;
  double u, v;

  if (cell_number ((gpointer) a, column, &u) && cell_number ((gpointer) b, column, &v))
    return u < v ? GTK_ORDERING_SMALLER : u > v ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
  x = cell_text ((gpointer) a, column), y = cell_text ((gpointer) b, column);
  return gtk_ordering_from_cmpfunc (g_utf8_collate (x, y));
}

/* The columns of the kind on show, made again when the kind changes. */
static void
add_columns (EscItemsTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) old = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, old);
    }
  for (guint i = 0; kinds[self->kind].columns[i] != COLUMN_END; i++)
    {
      Column column = kinds[self->kind].columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, GINT_TO_POINTER (column), NULL));

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
      g_object_set_data (G_OBJECT (factory), "columns", (gpointer) kinds[self->kind].columns);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
      view_column = gtk_column_view_column_new (column_title (column), factory);
      gtk_column_view_column_set_sorter (view_column, sorter);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column, i == 0 || column == COLUMN_CLAIMANT);
      gtk_column_view_append_column (self->view, view_column);
    }
}

/* Any cell of the row holds the filter's text, without regard to case. */
static gboolean
filter_item (gpointer item,
              gpointer data)
{
  EscItemsTable *self = data;
  g_autofree char *wanted = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)), -1);

  if (*wanted == '\0')
    return TRUE;
  for (guint i = 0; kinds[self->kind].columns[i] != COLUMN_END; i++)
    {
      g_autofree char *text = cell_text (item, kinds[self->kind].columns[i]);
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, wanted) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
on_filter_changed (EscItemsTable *self)
{
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Asks the window to act on @item: (list, position in it). */
static void
activate_on (EscItemsTable *self,
             const char    *action,
             gpointer       item)
{
  g_autoptr(GPtrArray) list = NULL;
  guint position;

  if (item == NULL)
    return;
  g_object_get (kinds[self->kind].of_election ? (gpointer) self->election : (gpointer) self->dataset,
                kinds[self->kind].list, &list, NULL);
  if (g_ptr_array_find (list, item, &position))
    gtk_widget_activate_action (GTK_WIDGET (self), action, "(su)", kinds[self->kind].list, position);
}

static void
on_activate (EscItemsTable *self,
             guint          position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  activate_on (self, "win.edit-item", item);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EscItemsTable *self = ESC_ITEMS_TABLE (widget);

  activate_on (self, "win.delete-item", gtk_single_selection_get_selected_item (self->selection));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EscItemsTable *self = ESC_ITEMS_TABLE (widget);

  activate_on (self, "win.edit-item", gtk_single_selection_get_selected_item (self->selection));
}

/* RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes
 * doubled. */
static void
append_csv_field (GString    *csv,
                  const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }
  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/**
 * esc_items_table_to_csv:
 *
 * Returns: (transfer full): the table as it is filtered and sorted, as CSV with a
 *   header row, lines ending in CRLF
 */
char *
esc_items_table_to_csv (EscItemsTable *self)
{
  GString *csv = g_string_new (NULL);
  GListModel *rows = G_LIST_MODEL (self->selection);

  const Column *columns = kinds[self->kind].columns;

  for (guint c = 0; columns[c] != COLUMN_END; c++)
    {
      if (c > 0)
        g_string_append_c (csv, ',');
      append_csv_field (csv, column_title (columns[c]));
    }
  g_string_append (csv, "\r\n");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);

      for (guint c = 0; columns[c] != COLUMN_END; c++)
        {
          g_autofree char *text = cell_text (item, columns[c]);

          if (c > 0)
            g_string_append_c (csv, ',');
          append_csv_field (csv, text);
        }
      g_string_append (csv, "\r\n");
    }
  return g_string_free (csv, FALSE);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    EscItemsTable  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *csv = esc_items_table_to_csv (self);
      g_autoptr(GError) error = NULL;

      if (file != NULL && !g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE,
                                                    NULL, NULL, &error))
        g_warning ("Cannot export the table: %s", error->message);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export the Table as CSV"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_autofree char *name = NULL;

  /* Translators: the file a table exports to, by what it lists: "Parties.csv". */
  name = g_strdup_printf (_("%s.csv"), _(kinds[ESC_ITEMS_TABLE (widget)->kind].name));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
esc_items_table_dispose (GObject *object)
{
  EscItemsTable *self = ESC_ITEMS_TABLE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_ITEMS_TABLE);
  /* The template's box: GTK 4.8 unparents only the children it binds. */
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->dataset);
  g_clear_object (&self->election);
  G_OBJECT_CLASS (esc_items_table_parent_class)->dispose (object);
}

static void
esc_items_table_class_init (EscItemsTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_items_table_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-items-table.ui");
  gtk_widget_class_bind_template_child (widget_class, EscItemsTable, box);
  gtk_widget_class_bind_template_child (widget_class, EscItemsTable, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EscItemsTable, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, EscItemsTable, view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_install_action (widget_class, "table.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "table.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "table.edit", NULL, edit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "table.delete", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fill (EscItemsTable *self)
{
  g_autoptr(GPtrArray) items = NULL;
  gpointer owner = kinds[self->kind].of_election ? (gpointer) self->election : (gpointer) self->dataset;

  if (owner != NULL)
    g_object_get (owner, kinds[self->kind].list, &items, NULL);
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items ? items->pdata : NULL, items ? items->len : 0);
}

static void
on_kind_changed (EscItemsTable *self)
{
  self->kind = gtk_drop_down_get_selected (self->kind_dropdown);
  add_columns (self);
  fill (self);
}

static void
esc_items_table_init (EscItemsTable *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (names, _(kinds[i].name));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (names));
  esc_accessible_name_dropdown (self->kind_dropdown, _("What the table lists"));
  add_columns (self);
  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                              GTK_FILTER (gtk_custom_filter_new (filter_item, self, NULL)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  esc_accessible_name_table (self->view, _("Table"));
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_changed), self);
}

/* Shows the items of @dataset, and of @election, or none. */
void
esc_items_table_set_items (EscItemsTable *self,
                           EscDataset    *dataset,
                           EscElection   *election)
{
  g_return_if_fail (ESC_IS_ITEMS_TABLE (self));

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->election, election);
  fill (self);
}

/* Shows the items of kind @list ("parties"): what the selector offers. */
void
esc_items_table_set_kind (EscItemsTable *self,
                          const char    *list)
{
  g_return_if_fail (ESC_IS_ITEMS_TABLE (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].list, list))
      gtk_drop_down_set_selected (self->kind_dropdown, i);
}

/* The rows as shown, filtered and sorted. */
GListModel *
esc_items_table_get_rows (EscItemsTable *self)
{
  g_return_val_if_fail (ESC_IS_ITEMS_TABLE (self), NULL);

  return G_LIST_MODEL (self->selection);
}
