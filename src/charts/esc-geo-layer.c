/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shapes from TopoJSON (Natural Earth): arcs decoded once, stitched into closed rings
 * per feature, keyed by ISO code. The world's countries and each country's regions are
 * layers; `esc-geo-store.c` decides which are loaded. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "esc-validate.h"
#include "esc-geo-layer.h"

struct _EscGeoLayer
{
  GObject parent_instance;
  GArray *features;       /* EscGeoFeature */
  GHashTable *by_code;    /* code → index + 1 */
};

/* How a feature's TopoJSON id becomes its code. */
typedef const char *(*IdToCode) (const char *id);

G_DEFINE_FINAL_TYPE (EscGeoLayer, esc_geo_layer, G_TYPE_OBJECT)

static void
feature_clear (gpointer data)
{
  EscGeoFeature *feature = data;

  g_free (feature->code);
  g_free (feature->name);
  g_free (feature->parent);
  g_clear_pointer (&feature->rings, g_ptr_array_unref);
}

static void
esc_geo_layer_finalize (GObject *object)
{
  EscGeoLayer *self = ESC_GEO_LAYER (object);

  g_hash_table_unref (self->by_code);
  g_array_unref (self->features);

  G_OBJECT_CLASS (esc_geo_layer_parent_class)->finalize (object);
}

static void
esc_geo_layer_class_init (EscGeoLayerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_geo_layer_finalize;
}

static void
esc_geo_layer_init (EscGeoLayer *self)
{
  self->features = g_array_new (FALSE, TRUE, sizeof (EscGeoFeature));
  g_array_set_clear_func (self->features, feature_clear);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
fail (GError    **error,
      const char *where,
      const char *what)
{
  /* Translators: the first %s says where in the map file, the second what is wrong. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Invalid map data at %s: %s"), where, what);
  return FALSE;
}

static gboolean
number_at (JsonArray *array,
           guint      index,
           double    *out)
{
  JsonNode *node;

  if (array == NULL || index >= json_array_get_length (array))
    return FALSE;
  node = json_array_get_element (array, index);
  if (!JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return FALSE;
  *out = json_node_get_double (node);
  return isfinite (*out);
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Arcs are quantized and delta-encoded when the topology has a transform. */
static GPtrArray *
decode_arcs (JsonObject  *topology,
             GError     **error)
{
  JsonArray *arcs = array_member (topology, "arcs");
  JsonObject *transform = object_member (topology, "transform");
  JsonArray *scale = array_member (transform, "scale");
  JsonArray *translate = array_member (transform, "translate");
  double sx = 1, sy = 1, tx = 0, ty = 0;
  g_autoptr(GPtrArray) decoded = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  if (arcs == NULL)
    return fail (error, "$.arcs", _("there are no arcs")), NULL;
  if (transform != NULL && !(number_at (scale, 0, &sx) && number_at (scale, 1, &sy)
                             && number_at (translate, 0, &tx) && number_at (translate, 1, &ty)))
    return fail (error, "$.transform", _("the transform needs a scale and a translation")), NULL;

  for (guint i = 0; i < json_array_get_length (arcs); i++)
    {
      JsonNode *node = json_array_get_element (arcs, i);
      JsonArray *points = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      GArray *arc = g_array_new (FALSE, FALSE, sizeof (EscLonLat));
      double x = 0, y = 0;

      g_ptr_array_add (decoded, arc);
      for (guint p = 0; points != NULL && p < json_array_get_length (points); p++)
        {
          JsonNode *point_node = json_array_get_element (points, p);
          JsonArray *point = JSON_NODE_HOLDS_ARRAY (point_node) ? json_node_get_array (point_node) : NULL;
          double px, py;
          EscLonLat lonlat;

          if (!number_at (point, 0, &px) || !number_at (point, 1, &py))
            {
              g_autofree char *where = g_strdup_printf ("$.arcs[%u][%u]", i, p);
              return fail (error, where, _("a point must be two numbers")), NULL;
            }
          if (transform != NULL)
            {
              x += px;
              y += py;
              lonlat = (EscLonLat) { x * sx + tx, y * sy + ty };
            }
          else
            lonlat = (EscLonLat) { px, py };
          g_array_append_val (arc, lonlat);
        }
      if (points == NULL || arc->len < 2)
        {
          g_autofree char *where = g_strdup_printf ("$.arcs[%u]", i);
          return fail (error, where, _("an arc needs at least two points")), NULL;
        }
    }
  return g_steal_pointer (&decoded);
}

/* A ring is its arcs end to end; ~i means arc i backwards. Consecutive arcs share an
 * end point, which is kept once. */
static GArray *
stitch_ring (JsonArray   *indexes,
             GPtrArray   *arcs,
             const char  *where,
             GError     **error)
{
  g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, sizeof (EscLonLat));
  EscLonLat first, last;

  for (guint i = 0; i < json_array_get_length (indexes); i++)
    {
      double value;
      gint64 index;
      gboolean reversed;
      GArray *arc;

      if (!number_at (indexes, i, &value) || value != floor (value)
          || fabs (value) > (double) arcs->len)
        return fail (error, where, _("an arc index is not a whole number within range")), NULL;
      index = (gint64) value;
      reversed = index < 0;
      if (reversed)
        index = ~index;
      if (index < 0 || index >= (gint64) arcs->len)
        return fail (error, where, _("an arc index is not a whole number within range")), NULL;

      arc = g_ptr_array_index (arcs, index);
      for (guint p = (ring->len > 0 ? 1 : 0); p < arc->len; p++)
        g_array_append_val (ring, g_array_index (arc, EscLonLat, reversed ? arc->len - 1 - p : p));
    }

  if (ring->len < 4)
    return fail (error, where, _("a ring needs at least four points")), NULL;
  first = g_array_index (ring, EscLonLat, 0);
  last = g_array_index (ring, EscLonLat, ring->len - 1);
  if (fabs (first.lon - last.lon) > 1e-9 || fabs (first.lat - last.lat) > 1e-9)
    return fail (error, where, _("a ring does not close")), NULL;

  return g_steal_pointer (&ring);
}

static void
append_point (GArray *part,
              double  lon,
              double  lat)
{
  EscLonLat point = { lon, lat };

  g_array_append_val (part, point);
}

/* Outlines on the sphere may cross the antimeridian (Russia, Fiji, Antarctica); drawn
 * flat, such a ring would streak across the whole map. Cut it where it crosses, close
 * each piece along ±180°, and close a ring around a pole through that pole. */
static void
add_planar_rings (GPtrArray *rings,
                  GArray    *ring)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *part = g_array_new (FALSE, FALSE, sizeof (EscLonLat));
  guint crossings = 0;
  double lat_sum = 0;

  g_ptr_array_add (parts, part);
  for (guint i = 0; i + 1 < ring->len; i++)
    {
      EscLonLat a = g_array_index (ring, EscLonLat, i), b = g_array_index (ring, EscLonLat, i + 1);

      g_array_append_val (part, a);
      lat_sum += a.lat;
      if (fabs (b.lon - a.lon) > 180)
        {
          double side = a.lon > 0 ? 180 : -180;
          double b_lon = b.lon + (a.lon > 0 ? 360 : -360);
          /* A point exactly on ±180° jumping to ∓180° crosses where it stands. */
          double t = b_lon != a.lon ? (side - a.lon) / (b_lon - a.lon) : 0;
          double lat = a.lat + t * (b.lat - a.lat);

          append_point (part, side, lat);
          part = g_array_new (FALSE, FALSE, sizeof (EscLonLat));
          g_ptr_array_add (parts, part);
          append_point (part, -side, lat);
          crossings++;
        }
    }

  if (crossings == 0)
    {
      g_ptr_array_add (rings, g_array_ref (ring));
      return;
    }

  /* The ring started mid-piece: its last piece continues into its first. */
  {
    GArray *head = g_ptr_array_index (parts, 0);

    g_array_append_vals (part, head->data, head->len);
  }
  g_ptr_array_remove_index (parts, 0);

  for (guint i = 0; i < parts->len; i++)
    {
      GArray *piece = g_ptr_array_index (parts, i);
      EscLonLat first = g_array_index (piece, EscLonLat, 0);
      EscLonLat last = g_array_index (piece, EscLonLat, piece->len - 1);

      if (crossings % 2 == 1)
        {
          /* Around a pole: along the edge to it, across, and back. */
          double pole = lat_sum > 0 ? 90 : -90;

          append_point (piece, last.lon, pole);
          append_point (piece, first.lon, pole);
        }
      g_array_append_val (piece, first);
      g_ptr_array_add (rings, g_array_ref (piece));
    }
}

static void
grow_bounds (EscGeoFeature *feature,
             GArray        *ring)
{
  for (guint i = 0; i < ring->len; i++)
    {
      EscLonLat *p = &g_array_index (ring, EscLonLat, i);

      feature->west = MIN (feature->west, p->lon);
      feature->east = MAX (feature->east, p->lon);
      feature->south = MIN (feature->south, p->lat);
      feature->north = MAX (feature->north, p->lat);
    }
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
boolean_member (JsonObject *object,
                const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN
         && json_node_get_boolean (node);
}

/* Polygon: [ring, hole…]; MultiPolygon: [[ring, hole…], …]. Holes are drawn with the
 * even-odd rule, so all rings go in one list. */
static gboolean
read_geometry (JsonObject       *geometry,
               GPtrArray        *arcs,
               EscGeoFeature    *feature,
               const char       *where,
               GError          **error)
{
  const char *type = string_member (geometry, "type");
  JsonArray *polygons = array_member (geometry, "arcs");
  gboolean multi = g_strcmp0 (type, "MultiPolygon") == 0;

  if (!multi && g_strcmp0 (type, "Polygon") != 0)
    return fail (error, where, _("only polygons and multipolygons are supported"));
  if (polygons == NULL)
    return fail (error, where, _("the geometry has no arcs"));

  for (guint i = 0; i < (multi ? json_array_get_length (polygons) : 1); i++)
    {
      JsonNode *polygon_node = multi ? json_array_get_element (polygons, i) : NULL;
      JsonArray *rings = multi ? (JSON_NODE_HOLDS_ARRAY (polygon_node) ? json_node_get_array (polygon_node) : NULL)
                               : polygons;

      if (rings == NULL)
        return fail (error, where, _("a polygon must be a list of rings"));
      for (guint r = 0; r < json_array_get_length (rings); r++)
        {
          JsonNode *ring_node = json_array_get_element (rings, r);
          GArray *ring;

          if (!JSON_NODE_HOLDS_ARRAY (ring_node))
            return fail (error, where, _("a ring must be a list of arc indexes"));
          ring = stitch_ring (json_node_get_array (ring_node), arcs, where, error);
          if (ring == NULL)
            return FALSE;
          add_planar_rings (feature->rings, ring);
          g_array_unref (ring);
        }
    }
  return TRUE;
}

static gboolean
read_feature (EscGeoLayer *self,
              JsonNode    *node,
              GPtrArray   *arcs,
              IdToCode     id_to_code,
              const char  *where,
              GError     **error)
{
  JsonObject *geometry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonObject *properties = geometry ? object_member (geometry, "properties") : NULL;
  const char *id = string_member (geometry, "id");
  EscGeoFeature feature = { .west = 180, .south = 90, .east = -180, .north = -90 };
  EscGeoFeature *added;

  if (geometry == NULL)
    return fail (error, where, _("a geometry must be an object"));

  feature.code = g_strdup (id ? id_to_code (id) : NULL);
  feature.name = g_strdup (string_member (properties, "name") ? string_member (properties, "name") : "");
  feature.parent = g_strdup (string_member (properties, "parent"));
  feature.merged = boolean_member (properties, "merged");
  feature.rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_array_append_val (self->features, feature);
  added = &g_array_index (self->features, EscGeoFeature, self->features->len - 1);
  if (!read_geometry (geometry, arcs, added, where, error))
    return FALSE;
  for (guint r = 0; r < added->rings->len; r++)
    grow_bounds (added, g_ptr_array_index (added->rings, r));
  return TRUE;
}

static EscGeoLayer *
layer_new (GBytes      *topojson,
           const char  *object,
           IdToCode     id_to_code,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(EscGeoLayer) self = NULL;
  g_autoptr(GPtrArray) arcs = NULL;
  g_autofree char *object_path = g_strdup_printf ("$.objects.%s", object);
  JsonObject *topology;
  JsonArray *geometries;
  gsize length;
  const char *data = g_bytes_get_data (topojson, &length);

  /* The maps ship with the app, but are still read as untrusted: a bad file is an
   * error, never a crash. */
  if (data == NULL || !json_parser_load_from_data (parser, data, length, error))
    return data == NULL ? (fail (error, "$", _("the file is empty")), NULL) : NULL;
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return fail (error, "$", _("not a TopoJSON topology")), NULL;

  topology = json_node_get_object (json_parser_get_root (parser));
  geometries = array_member (object_member (object_member (topology, "objects"), object), "geometries");
  if (geometries == NULL)
    return fail (error, object_path, _("there are no geometries")), NULL;

  arcs = decode_arcs (topology, error);
  if (arcs == NULL)
    return NULL;

  self = g_object_new (ESC_TYPE_GEO_LAYER, NULL);
  for (guint i = 0; i < json_array_get_length (geometries); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.geometries[%u]", object_path, i);

      if (!read_feature (self, json_array_get_element (geometries, i), arcs, id_to_code, where, error))
        return NULL;
    }
  /* Filled in only now: the array moved while it grew. The first of a code wins. */
  for (guint i = 0; i < self->features->len; i++)
    {
      EscGeoFeature *feature = &g_array_index (self->features, EscGeoFeature, i);

      if (feature->code != NULL && !g_hash_table_contains (self->by_code, feature->code))
        g_hash_table_insert (self->by_code, feature->code, GUINT_TO_POINTER (i + 1));
    }
  return g_steal_pointer (&self);
}

static const char *
alpha2_of_numeric (const char *id)
{
  const EscCountryInfo *info = esc_country_by_numeric (id);

  return info ? info->alpha2 : NULL;
}

static const char *
id_as_code (const char *id)
{
  return id;
}

/**
 * esc_geo_layer_new_world:
 * @topojson: a TopoJSON topology with an object "countries" whose geometries carry
 *   ISO 3166-1 numeric codes as ids
 */
EscGeoLayer *
esc_geo_layer_new_world (GBytes  *topojson,
                         GError **error)
{
  g_return_val_if_fail (topojson != NULL, NULL);
  return layer_new (topojson, "countries", alpha2_of_numeric, error);
}

/**
 * esc_geo_layer_new_regions:
 * @topojson: a TopoJSON topology with an object "regions" whose geometries carry
 *   ISO 3166-2 codes as ids, and a name, and optionally a parent and "merged", as
 *   properties (`data/regions/README.md`)
 */
EscGeoLayer *
esc_geo_layer_new_regions (GBytes  *topojson,
                           GError **error)
{
  g_return_val_if_fail (topojson != NULL, NULL);
  return layer_new (topojson, "regions", id_as_code, error);
}

guint
esc_geo_layer_get_n_features (EscGeoLayer *self)
{
  g_return_val_if_fail (ESC_IS_GEO_LAYER (self), 0);
  return self->features->len;
}

const EscGeoFeature *
esc_geo_layer_get_feature (EscGeoLayer *self,
                           guint        index)
{
  g_return_val_if_fail (ESC_IS_GEO_LAYER (self), NULL);
  g_return_val_if_fail (index < self->features->len, NULL);
  return &g_array_index (self->features, EscGeoFeature, index);
}

const EscGeoFeature *
esc_geo_layer_lookup (EscGeoLayer *self,
                      const char  *code)
{
  guint index;

  g_return_val_if_fail (ESC_IS_GEO_LAYER (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_code, code));
  return index > 0 ? &g_array_index (self->features, EscGeoFeature, index - 1) : NULL;
}

/* What the layer holds in memory: its points, rings and strings (for the benchmark). */
gsize
esc_geo_layer_get_memory_size (EscGeoLayer *self)
{
  gsize size = sizeof *self + self->features->len * sizeof (EscGeoFeature);

  g_return_val_if_fail (ESC_IS_GEO_LAYER (self), 0);
  for (guint i = 0; i < self->features->len; i++)
    {
      EscGeoFeature *feature = &g_array_index (self->features, EscGeoFeature, i);

      size += (feature->code ? strlen (feature->code) + 1 : 0) + strlen (feature->name) + 1
              + (feature->parent ? strlen (feature->parent) + 1 : 0);
      size += feature->rings->len * sizeof (gpointer);
      for (guint r = 0; r < feature->rings->len; r++)
        size += ((GArray *) g_ptr_array_index (feature->rings, r))->len * sizeof (EscLonLat) + sizeof (GArray);
    }
  return size;
}
