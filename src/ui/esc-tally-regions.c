/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A tally's totals by region as a sortable table: the region, its sheets, and the
 * leading candidates' shares. Each item is a region's index in the tally, as a string. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "esc-accessible.h"
#include "esc-chart-text.h"
#include "esc-tally-regions.h"

/* The candidates with a column of their own: the rest are in the sheets' totals. */
#define SHOWN_CANDIDATES 3

/* What a column shows: the region's name (-2), its sheets (-1), or a candidate's share. */
typedef struct {
  EscTally *tally;
  int what;
} Column;

static EscTallyRegion *
region_of (EscTally *tally,
           gpointer  item)
{
  guint index = (guint) strtoul (gtk_string_object_get_string (item), NULL, 10);

  return g_ptr_array_index (esc_tally_get_regions (tally), index);
}

static double
share_in (EscTallyRegion *region,
          int             candidate)
{
  return region->valid > 0 ? 100.0 * region->votes[candidate] / region->valid : 0;
}

static char *
cell_text (const Column   *column,
           EscTallyRegion *region)
{
  if (column->what == -2)
    return g_strdup (region->name);
  if (column->what == -1)
    return esc_text_number (region->sheets, ESC_UNIT_COUNT, 0);
  return esc_text_number (share_in (region, column->what), ESC_UNIT_PERCENT, 2);
}

/* What a screen reader says of a row: the region, then each column's heading and value. */
static char *
row_text (EscTally       *tally,
          EscTallyRegion *region)
{
  GArray *candidates = esc_tally_get_candidates (tally);
  GString *text = g_string_new (region->name);
  g_autofree char *sheets = esc_text_number (region->sheets, ESC_UNIT_COUNT, 0);

  g_string_append_printf (text, "; %s: %s", _("Sheets"), sheets);
  for (guint c = 0; c < MIN (candidates->len, SHOWN_CANDIDATES); c++)
    {
      g_autofree char *share = esc_text_number (share_in (region, (int) c), ESC_UNIT_PERCENT, 2);

      g_string_append_printf (text, "; %s: %s", g_array_index (candidates, EscTallyCandidate, c).name, share);
    }
  return g_string_free (text, FALSE);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Column                   *column)
{
  EscTallyRegion *region = region_of (column->tally, gtk_list_item_get_item (item));
  g_autofree char *text = cell_text (column, region);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column->what == -2 ? 0 : 1);
  gtk_list_item_set_child (item, label);
  if (column->what == -2)
    {
      g_autofree char *row = row_text (column->tally, region);

      esc_accessible_name_table_row (label, row);
    }
}

static int
compare (gconstpointer a,
         gconstpointer b,
         gpointer      data)
{
  Column *column = data;
  EscTallyRegion *ra = region_of (column->tally, (gpointer) a), *rb = region_of (column->tally, (gpointer) b);
  double va, vb;

  if (column->what == -2)
    return g_utf8_collate (ra->name, rb->name);
  va = column->what == -1 ? ra->sheets : share_in (ra, column->what);
  vb = column->what == -1 ? rb->sheets : share_in (rb, column->what);
  return va < vb ? -1 : va > vb;
}

static void
column_free (gpointer  data,
             GObject  *gone)
{
  Column *column = data;

  g_object_unref (column->tally);
  g_free (column);
}

static void
add_column (GtkColumnView *view,
            EscTally      *tally,
            const char    *title,
            int            what)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  column->tally = g_object_ref (tally);
  column->what = what;
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), column);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (gtk_custom_sorter_new (compare, column, NULL)));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, what == -2);
  g_object_weak_ref (G_OBJECT (view_column), column_free, column);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
}

/* Fills @view with @tally's regions, sorted by name until a heading is clicked. */
void
esc_tally_regions_table_fill (GtkColumnView *view,
                              EscTally      *tally)
{
  GPtrArray *regions = esc_tally_get_regions (tally);
  GArray *candidates = esc_tally_get_candidates (tally);
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  GtkSortListModel *sorted;

  for (guint i = 0; i < regions->len; i++)
    {
      g_autofree char *index = g_strdup_printf ("%u", i);

      gtk_string_list_append (items, index);
    }
  add_column (view, tally, esc_tally_get_by (tally) != NULL ? esc_tally_get_by (tally) : _("Region"), -2);
  add_column (view, tally, _("Sheets"), -1);
  for (guint c = 0; c < MIN (candidates->len, SHOWN_CANDIDATES); c++)
    add_column (view, tally, g_array_index (candidates, EscTallyCandidate, c).name, (int) c);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_steal_pointer (&items)),
                                    g_object_ref (gtk_column_view_get_sorter (view)));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
  esc_accessible_name_table (view, _("By Region"));
}
