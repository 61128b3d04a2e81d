/** The Order Management port. */
package dev.bringport.ports.order;
