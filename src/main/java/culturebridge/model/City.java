package culturebridge.model;

/**
 * A city of a country on the stylised map: where audience agents live, where tourists go,
 * where studios sit and where titles are filmed.
 *
 * @param name            display name
 * @param x               map x coordinate (projected longitude, map units of about 100 km)
 * @param y               map y coordinate (projected latitude, north up)
 * @param populationShare share of the country's represented population living here (0..1)
 * @param attractiveness  tourist attractiveness, a logit utility in [0, 5] (assumption to be calibrated)
 * @param filmingAppeal   chance weight that a domestic title features this city (0..1)
 */
public record City(String name, double x, double y, double populationShare,
                   double attractiveness, double filmingAppeal) implements java.io.Serializable {
}
