/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-election.h"

G_BEGIN_DECLS

#define ESC_TYPE_REACTIONS_PAGE (esc_reactions_page_get_type ())
G_DECLARE_FINAL_TYPE (EscReactionsPage, esc_reactions_page, ESC, REACTIONS_PAGE, GtkWidget)

void        esc_reactions_page_set_election (EscReactionsPage *self,
                                             EscElection      *election);
GListModel *esc_reactions_page_get_rows     (EscReactionsPage *self);
GtkWidget  *esc_reactions_page_get_map      (EscReactionsPage *self);
void        esc_reactions_page_select       (EscReactionsPage *self,
                                             const char       *id);
const char *esc_reactions_page_get_selected (EscReactionsPage *self);

G_END_DECLS
