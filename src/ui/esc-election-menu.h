/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-election.h"

G_BEGIN_DECLS

#define ESC_TYPE_ELECTION_MENU (esc_election_menu_get_type ())
G_DECLARE_FINAL_TYPE (EscElectionMenu, esc_election_menu, ESC, ELECTION_MENU, GtkWidget)

void         esc_election_menu_set_model         (EscElectionMenu *self,
                                                  GListModel      *elections);
GListModel  *esc_election_menu_get_model         (EscElectionMenu *self);
guint        esc_election_menu_get_selected      (EscElectionMenu *self);
void         esc_election_menu_set_selected      (EscElectionMenu *self,
                                                  guint            position);
EscElection *esc_election_menu_get_selected_item (EscElectionMenu *self);
GtkWidget   *esc_election_menu_get_list          (EscElectionMenu *self);

G_END_DECLS
