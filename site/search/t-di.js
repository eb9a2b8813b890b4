briefingSearch.terms("di",{"diplomatic":[1,5],"diplomatically":[1,2],"dispatch":[1,1],"dispatched":[0,2]});
