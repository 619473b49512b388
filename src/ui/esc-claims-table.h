/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-election.h"

G_BEGIN_DECLS

#define ESC_TYPE_CLAIMS_TABLE (esc_claims_table_get_type ())
G_DECLARE_FINAL_TYPE (EscClaimsTable, esc_claims_table, ESC, CLAIMS_TABLE, GtkWidget)

void        esc_claims_table_set_election (EscClaimsTable *self,
                                           EscElection    *election);
GListModel *esc_claims_table_get_rows     (EscClaimsTable *self);
char       *esc_claims_table_to_csv       (EscClaimsTable *self);

G_END_DECLS
