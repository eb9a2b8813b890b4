briefingSearch.terms("cr",{"creating":[1,1]});
