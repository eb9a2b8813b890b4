briefingSearch.terms("mr",{"mr":[0,1]});
