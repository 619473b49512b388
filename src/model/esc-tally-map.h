/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-election.h"
#include "esc-tally.h"

G_BEGIN_DECLS

EscElection *esc_tally_map_election (EscTally    *tally,
                                     EscElection *election);

G_END_DECLS
