/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-dataset.h"
#include "esc-election.h"

G_BEGIN_DECLS

#define ESC_TYPE_ITEMS_TABLE (esc_items_table_get_type ())
G_DECLARE_FINAL_TYPE (EscItemsTable, esc_items_table, ESC, ITEMS_TABLE, GtkWidget)

void        esc_items_table_set_items    (EscItemsTable *self,
                                          EscDataset    *dataset,
                                          EscElection   *election);
void        esc_items_table_set_kind     (EscItemsTable *self,
                                          const char    *list);
GListModel *esc_items_table_get_rows     (EscItemsTable *self);
char       *esc_items_table_to_csv       (EscItemsTable *self);

G_END_DECLS
