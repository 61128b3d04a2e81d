/** The Pickups port. */
package dev.bringport.ports.pickup;
