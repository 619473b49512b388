/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the drawing-core tests share: datasets from the source tree, and their charts. */
#pragma once

#include "esc-chart.h"
#include "esc-dataset.h"

G_BEGIN_DECLS

EscDataset  *esc_test_load        (const char *relative);
EscElection *esc_test_election    (EscDataset *dataset,
                                   guint       index);
GPtrArray   *esc_test_charts_of   (EscDataset *dataset,
                                   guint       index);
EscChart    *esc_test_find_chart  (GPtrArray  *charts,
                                   const char *id);

G_END_DECLS
