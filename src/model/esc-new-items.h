/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-dataset.h"
#include "esc-election.h"
#include "esc-enums.h"

G_BEGIN_DECLS

typedef gboolean (*EscIdTaken) (gpointer    owner,
                                const char *id);

char        *esc_make_id      (const char      *name,
                               const char      *fallback,
                               EscIdTaken       taken,
                               gpointer         owner);
EscParty    *esc_new_party    (EscElection     *election,
                               const char      *name,
                               EscBloc          bloc);
EscDataset  *esc_new_dataset  (const char      *title,
                               const char      *election_title,
                               const char      *country,
                               EscElectionKind  kind);

G_END_DECLS
