/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-dataset.h"
#include "esc-history.h"

G_BEGIN_DECLS

#define ESC_TYPE_TALLY_DIALOG (esc_tally_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EscTallyDialog, esc_tally_dialog, ESC, TALLY_DIALOG, AdwWindow)

EscTallyDialog *esc_tally_dialog_new (GtkWindow   *parent,
                                      EscHistory  *history,
                                      EscDataset  *dataset,
                                      EscElection *election,
                                      GFile       *file);

G_END_DECLS
