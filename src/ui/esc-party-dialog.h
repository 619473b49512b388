/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-election.h"
#include "esc-history.h"

G_BEGIN_DECLS

#define ESC_TYPE_PARTY_DIALOG (esc_party_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EscPartyDialog, esc_party_dialog, ESC, PARTY_DIALOG, AdwWindow)

EscPartyDialog *esc_party_dialog_new (GtkWindow   *parent,
                                      EscHistory  *history,
                                      EscElection *election);

G_END_DECLS
