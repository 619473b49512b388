/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-claim.h"
#include "esc-election.h"
#include "esc-history.h"

G_BEGIN_DECLS

#define ESC_TYPE_CITE_DIALOG (esc_cite_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EscCiteDialog, esc_cite_dialog, ESC, CITE_DIALOG, AdwWindow)

EscCiteDialog *esc_cite_dialog_new (GtkWindow   *parent,
                                    EscHistory  *history,
                                    EscElection *election,
                                    EscClaim    *claim);
EscCiteDialog *esc_cite_dialog_new_for_edit (GtkWindow   *parent,
                                             EscHistory  *history,
                                             EscElection *election,
                                             EscClaim    *claim);

EscClaim      *esc_cite_dialog_get_claim    (EscCiteDialog *self);

G_END_DECLS
