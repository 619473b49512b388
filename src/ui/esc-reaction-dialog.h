/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-election.h"
#include "esc-history.h"
#include "esc-reaction.h"

G_BEGIN_DECLS

#define ESC_TYPE_REACTION_DIALOG (esc_reaction_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EscReactionDialog, esc_reaction_dialog, ESC, REACTION_DIALOG, AdwWindow)

EscReactionDialog *esc_reaction_dialog_new (GtkWindow   *parent,
                                            EscHistory  *history,
                                            EscElection *election,
                                            EscReaction *reaction);

G_END_DECLS
