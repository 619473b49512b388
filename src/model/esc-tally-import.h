/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-dataset.h"
#include "esc-edit.h"
#include "esc-election.h"
#include "esc-tally.h"

G_BEGIN_DECLS

void     esc_tally_guess_parties (EscTally    *tally,
                                  EscElection *election);
EscEdit *esc_tally_import_edit   (EscDataset  *dataset,
                                  EscElection *election,
                                  EscTally    *tally);

G_END_DECLS
