/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Table view: every claim of the election on show in a column view, one row each,
 * sorted by any column and filtered by any text of its row. Enter or a double click
 * edits a claim (win.edit-claim), Delete removes it (win.delete-claim, undone with
 * Ctrl+Z), and the table as it is filtered and sorted exports as CSV. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-chart-text.h"
#include "esc-claims-table.h"

typedef enum {
  COLUMN_MEASURE,
  COLUMN_SUBJECT,
  COLUMN_VALUE,
  COLUMN_QUALIFIER,
  COLUMN_CLAIMANT,
  COLUMN_STATUS,
  COLUMN_SOURCES,
  N_COLUMNS
} Column;

struct _EscClaimsTable
{
  GtkWidget parent_instance;
  GListStore *claims;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  /* Template children */
  GtkWidget *box;
  GtkSearchEntry *filter_entry;
  GtkColumnView *view;
};

G_DEFINE_FINAL_TYPE (EscClaimsTable, esc_claims_table, GTK_TYPE_WIDGET)

static const char *
column_title (Column column)
{
  const char *titles[N_COLUMNS] = {
    N_("Measure"), N_("Subject"), N_("Value"), N_("Exactness"), N_("Stated by"), N_("Status"), N_("Sources")
  };

  return _(titles[column]);
}

/* The text of @column for @claim, as the table shows and exports it. */
static char *
cell_text (EscClaim *claim,
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
      return g_strdup (esc_text_status (esc_claim_get_status (claim)));
    case COLUMN_SOURCES:
    default:
      return g_strdup_printf ("%u", esc_claim_get_sources (claim)->len);
    }
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

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = cell_text (gtk_list_item_get_item (item), column);

  /* Dataset text, set as text: never markup. */
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  Column column = GPOINTER_TO_INT (data);
  g_autofree char *x = NULL, *y = NULL;

  if (column == COLUMN_VALUE)
    {
      double u = esc_claim_get_value ((EscClaim *) a), v = esc_claim_get_value ((EscClaim *) b);

      return u < v ? GTK_ORDERING_SMALLER : u > v ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
    }
  x = cell_text ((EscClaim *) a, column), y = cell_text ((EscClaim *) b, column);
  return gtk_ordering_from_cmpfunc (g_utf8_collate (x, y));
}

static void
add_columns (EscClaimsTable *self)
{
  for (Column column = 0; column < N_COLUMNS; column++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, GINT_TO_POINTER (column), NULL));

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
      view_column = gtk_column_view_column_new (column_title (column), factory);
      gtk_column_view_column_set_sorter (view_column, sorter);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column, column == COLUMN_MEASURE || column == COLUMN_CLAIMANT);
      gtk_column_view_append_column (self->view, view_column);
    }
}

/* Any cell of the row holds the filter's text, without regard to case. */
static gboolean
filter_claim (gpointer item,
              gpointer data)
{
  EscClaimsTable *self = data;
  g_autofree char *wanted = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)), -1);

  if (*wanted == '\0')
    return TRUE;
  for (Column column = 0; column < N_COLUMNS; column++)
    {
      g_autofree char *text = cell_text (item, column);
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, wanted) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
on_filter_changed (EscClaimsTable *self)
{
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), GTK_FILTER_CHANGE_DIFFERENT);
}

static EscClaim *
selected_claim (EscClaimsTable *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
on_activate (EscClaimsTable *self,
             guint           position)
{
  EscClaim *claim = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (claim == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-claim", "s", esc_claim_get_id (claim));
  g_object_unref (claim);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EscClaim *claim = selected_claim (ESC_CLAIMS_TABLE (widget));

  if (claim != NULL)
    gtk_widget_activate_action (widget, "win.delete-claim", "s", esc_claim_get_id (claim));
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
 * esc_claims_table_to_csv:
 *
 * Returns: (transfer full): the table as it is filtered and sorted, as CSV with a
 *   header row, lines ending in CRLF
 */
char *
esc_claims_table_to_csv (EscClaimsTable *self)
{
  GString *csv = g_string_new (NULL);
  GListModel *rows = G_LIST_MODEL (self->selection);

  for (Column column = 0; column < N_COLUMNS; column++)
    {
      if (column > 0)
        g_string_append_c (csv, ',');
      append_csv_field (csv, column_title (column));
    }
  g_string_append (csv, "\r\n");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(EscClaim) claim = g_list_model_get_item (rows, i);

      for (Column column = 0; column < N_COLUMNS; column++)
        {
          g_autofree char *text = cell_text (claim, column);

          if (column > 0)
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
                    EscClaimsTable  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *csv = esc_claims_table_to_csv (self);
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
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("figures.csv"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
esc_claims_table_dispose (GObject *object)
{
  EscClaimsTable *self = ESC_CLAIMS_TABLE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_CLAIMS_TABLE);
  /* The template's box: GTK 4.8 unparents only the children it binds. */
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->claims);
  G_OBJECT_CLASS (esc_claims_table_parent_class)->dispose (object);
}

static void
esc_claims_table_class_init (EscClaimsTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_claims_table_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-claims-table.ui");
  gtk_widget_class_bind_template_child (widget_class, EscClaimsTable, box);
  gtk_widget_class_bind_template_child (widget_class, EscClaimsTable, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, EscClaimsTable, view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_install_action (widget_class, "table.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "table.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "table.delete", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
esc_claims_table_init (EscClaimsTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_columns (self);
  self->claims = g_list_store_new (ESC_TYPE_CLAIM);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->claims)),
                                              GTK_FILTER (gtk_custom_filter_new (filter_claim, self, NULL)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

/* Shows @election's claims, or none. */
void
esc_claims_table_set_election (EscClaimsTable *self,
                               EscElection    *election)
{
  GPtrArray *claims = election ? esc_election_get_claims (election) : NULL;

  g_return_if_fail (ESC_IS_CLAIMS_TABLE (self));

  g_list_store_splice (self->claims, 0, g_list_model_get_n_items (G_LIST_MODEL (self->claims)),
                       claims ? claims->pdata : NULL, claims ? claims->len : 0);
}

/* The rows as shown, filtered and sorted. */
GListModel *
esc_claims_table_get_rows (EscClaimsTable *self)
{
  g_return_val_if_fail (ESC_IS_CLAIMS_TABLE (self), NULL);

  return G_LIST_MODEL (self->selection);
}
