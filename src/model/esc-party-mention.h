/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "esc-election.h"

G_BEGIN_DECLS

char     *esc_mention_fold       (const char *text);
EscParty *esc_party_mention_find (EscElection *election,
                                  const char  *passage);

G_END_DECLS
